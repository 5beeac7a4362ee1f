using System.Globalization;

namespace Novel.Epub;

/// <summary>
/// Writes <c>toc.ncx</c>, the EPUB 2 table of contents that older readers (and Kobo sideloading) still use: the same
/// entries as the navigation document, in spine order, numbered by <c>playOrder</c>.
/// </summary>
internal static class NcxWriter
{
    /// <summary>The NCX document's bytes; <paramref name="identifier"/> must be the package's unique identifier.</summary>
    public static byte[] Write(string identifier, string title, Publication publication, BookLanguages languages)
    {
        using var ncx = EpubXmlWriter.Document(EpubNamespaces.Ncx);
        ncx.Start("ncx").Attribute("version", "2005-1").XmlLang(languages.Primary).Line();
        ncx.Start("head").Line();
        Meta(ncx, "dtb:uid", identifier);
        Meta(ncx, "dtb:depth", Depth(publication.Toc).ToString(CultureInfo.InvariantCulture));
        Meta(ncx, "dtb:totalPageCount", "0");
        Meta(ncx, "dtb:maxPageNumber", "0");
        ncx.End().Line();
        ncx.Start("docTitle").Start("text").Text(title).End().End().Line();
        ncx.Start("navMap").Line();
        var playOrder = 0;
        foreach (var entry in publication.Toc)
        {
            WriteNavPoint(ncx, entry, ref playOrder);
        }

        ncx.End().Line();
        ncx.End().Line();
        return ncx.ToArray();
    }

    private static int Depth(IReadOnlyList<TocEntry> entries) =>
        entries.Count == 0 ? 1 : 1 + entries.Max(e => e.Children.Count == 0 ? 0 : Depth(e.Children));

    private static void Meta(EpubXmlWriter ncx, string name, string content) =>
        ncx.Start("meta").Attribute("name", name).Attribute("content", content).EndEmpty().Line();

    private static void WriteNavPoint(EpubXmlWriter ncx, TocEntry entry, ref int playOrder)
    {
        playOrder++;
        var order = playOrder.ToString(CultureInfo.InvariantCulture);
        ncx.Start("navPoint").Attribute("id", "navpoint-" + order).Attribute("playOrder", order).Line();
        ncx.Start("navLabel").Start("text").Text(entry.PlainLabel).End().End().Line();
        ncx.Start("content").Attribute("src", entry.Href).EndEmpty().Line();
        foreach (var child in entry.Children)
        {
            WriteNavPoint(ncx, child, ref playOrder);
        }

        ncx.End().Line();
    }
}
