namespace Novel.Epub;

/// <summary>An entry of the table of contents: its label (one piece a language), its target and its sub-entries.</summary>
internal sealed record TocEntry(IReadOnlyList<LangText> Label, string Href, IReadOnlyList<TocEntry> Children)
{
    /// <summary>The label as plain text, languages joined by a middle dot: "第1章 残差 · Chapter 1 Residuals".</summary>
    public string PlainLabel => string.Join(" · ", Label.Select(l => l.Text));
}
