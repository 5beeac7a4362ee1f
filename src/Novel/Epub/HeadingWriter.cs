namespace Novel.Epub;

/// <summary>Writes a page heading given in one or two languages: <c>&lt;h1&gt;</c>, then the other language as a subtitle.</summary>
internal static class HeadingWriter
{
    /// <summary>The class of the second-language line under a heading.</summary>
    public const string SubtitleClass = "subtitle";

    /// <summary>Writes <paramref name="title"/>: the first piece as <c>&lt;h1&gt;</c>, the others as subtitles, in a header when there are several.</summary>
    public static void Write(EpubXmlWriter page, IReadOnlyList<LangText> title)
    {
        var grouped = title.Count > 1;
        if (grouped)
        {
            page.Start("header").Line();
        }

        page.Start("h1").Lang(title[0].Language).Text(title[0].Text).End().Line();
        foreach (var subtitle in title.Skip(1))
        {
            page.Start("p").Attribute("class", SubtitleClass).Lang(subtitle.Language).Text(subtitle.Text).End().Line();
        }

        if (grouped)
        {
            page.End().Line();
        }
    }
}
