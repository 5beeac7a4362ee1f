using Novel.Model;

namespace Novel.Loading;

/// <summary>Styled runs built from Markdown inlines, adjacent runs of one style merged, outer whitespace trimmed.</summary>
internal sealed record StyledText(IReadOnlyList<TextRun> Runs)
{
    public string Text => string.Concat(Runs.Select(r => r.Text));
}
