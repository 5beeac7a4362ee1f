using Novel.Model;

namespace Novel.Epub;

/// <summary>Writes the title page: both titles, the author and the translator.</summary>
internal static class TitlePageWriter
{
    /// <summary>The title page's bytes.</summary>
    public static byte[] Write(BookMetadata metadata, BookLanguages languages)
    {
        var title = languages.ArrangeBoth(metadata.Title, metadata.TranslatedTitle);
        return XhtmlPage.Write(title[0].Text, languages.Primary, XhtmlPage.StylesheetFromText, page =>
        {
            page.Start("section").EpubType("titlepage").Attribute("class", "titlepage").Line();
            HeadingWriter.Write(page, title);
            if (!string.IsNullOrWhiteSpace(metadata.Author))
            {
                page.Start("p").Attribute("class", "author").Lang(languages.Original).Text(metadata.Author).End().Line();
            }

            if (!string.IsNullOrWhiteSpace(metadata.Translator))
            {
                page.Start("p").Attribute("class", "translator").Lang(EpubLabels.Language)
                    .Text(EpubLabels.TranslatedBy + metadata.Translator).End().Line();
            }

            page.End().Line();
        });
    }
}
