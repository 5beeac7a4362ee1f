namespace Novel.Epub;

/// <summary>Writes the cover page: the cover image alone, centred.</summary>
internal static class CoverPageWriter
{
    /// <summary>The cover page's bytes, showing the image at <paramref name="imageHref"/> (relative to <c>text/</c>).</summary>
    public static byte[] Write(string imageHref, string bookTitle, BookLanguages languages) =>
        XhtmlPage.Write(EpubLabels.Cover, languages.Primary, XhtmlPage.StylesheetFromText, page =>
        {
            page.Start("section").EpubType("cover").Attribute("class", "cover").Line();
            page.Start("img").Attribute("src", imageHref).Attribute("alt", bookTitle).EndEmpty().Line();
            page.End().Line();
        });
}
