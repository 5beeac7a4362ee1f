using Novel.Model;

namespace Novel.Epub;

/// <summary>Writes one paragraph as <c>&lt;p&gt;</c> (or <c>&lt;h2&gt;</c> for a heading) with its language, class and emphasis.</summary>
internal static class ParagraphWriter
{
    /// <summary>The class that sets author's notes apart.</summary>
    public const string NoteClass = "note";

    /// <summary>Writes <paramref name="paragraph"/> in <paramref name="language"/>, with <paramref name="className"/> when given.</summary>
    public static void Write(EpubXmlWriter page, Paragraph paragraph, string language, string? className = null)
    {
        var element = paragraph.Role == ParagraphRole.Heading ? "h2" : "p";
        var noteClass = paragraph.Role == ParagraphRole.AuthorNote ? NoteClass : null;
        var classes = string.Join(' ', new[] { className, noteClass }.OfType<string>());
        page.Start(element).OptionalAttribute("class", classes).Lang(language);
        foreach (var run in paragraph.Runs)
        {
            WriteRun(page, run);
        }

        page.End().Line();
    }

    private static void WriteRun(EpubXmlWriter page, TextRun run)
    {
        var strong = run.Style.HasFlag(InlineStyle.Strong);
        var emphasis = run.Style.HasFlag(InlineStyle.Emphasis);
        if (strong)
        {
            page.Start("strong");
        }

        if (emphasis)
        {
            page.Start("em");
        }

        page.Text(run.Text);
        if (emphasis)
        {
            page.End();
        }

        if (strong)
        {
            page.End();
        }
    }
}
