namespace Novel.Epub;

/// <summary>
/// Writes <c>nav.xhtml</c>, the EPUB 3 navigation document: the table of contents (volumes as an outer level) with
/// each label's languages marked, and the landmarks.
/// </summary>
internal static class NavDocumentWriter
{
    /// <summary>The navigation document's bytes.</summary>
    public static byte[] Write(Publication publication, BookLanguages languages) =>
        XhtmlPage.Write(EpubLabels.Contents, languages.Primary, EpubPaths.Stylesheet, page =>
        {
            page.Start("nav").EpubType("toc").Attribute("id", "toc").Attribute("role", "doc-toc").Line();
            page.Start("h1").Lang(EpubLabels.Language).Text(EpubLabels.Contents).End().Line();
            WriteList(page, publication.Toc);
            page.End().Line();

            page.Start("nav").EpubType("landmarks").Attribute("id", "landmarks").Attribute("hidden", "hidden").Line();
            page.Start("h2").Lang(EpubLabels.Language).Text(EpubLabels.Landmarks).End().Line();
            page.Start("ol").Line();
            foreach (var landmark in publication.Landmarks)
            {
                page.Start("li").Start("a").EpubType(landmark.EpubType).Attribute("href", landmark.Href).Lang(EpubLabels.Language)
                    .Text(landmark.Label).End().End().Line();
            }

            page.End().Line();
            page.End().Line();
        });

    private static void WriteList(EpubXmlWriter page, IReadOnlyList<TocEntry> entries)
    {
        page.Start("ol").Line();
        foreach (var entry in entries)
        {
            page.Start("li");
            page.Start("a").Attribute("href", entry.Href);
            WriteLabel(page, entry.Label);
            page.End();
            if (entry.Children.Count > 0)
            {
                page.Line();
                WriteList(page, entry.Children);
            }

            page.End().Line();
        }

        page.End().Line();
    }

    private static void WriteLabel(EpubXmlWriter page, IReadOnlyList<LangText> label)
    {
        for (var i = 0; i < label.Count; i++)
        {
            if (i > 0)
            {
                page.Text(" · ");
            }

            page.Start("span").Lang(label[i].Language).Text(label[i].Text).End();
        }
    }
}
