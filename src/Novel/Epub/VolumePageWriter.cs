namespace Novel.Epub;

/// <summary>Writes the page that opens a volume: its title alone.</summary>
internal static class VolumePageWriter
{
    /// <summary>The volume page's bytes.</summary>
    public static byte[] Write(string volume, BookLanguages languages) =>
        XhtmlPage.Write(volume, languages.Primary, XhtmlPage.StylesheetFromText, page =>
        {
            page.Start("section").EpubType("part").Attribute("role", "doc-part").Attribute("class", "volume").Line();
            HeadingWriter.Write(page, [new LangText(volume, languages.Original)]);
            page.End().Line();
        });
}
