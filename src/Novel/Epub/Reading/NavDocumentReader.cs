using AngleSharp.Dom;

namespace Novel.Epub.Reading;

/// <summary>Reads the table of contents (<c>&lt;nav epub:type="toc"&gt;</c>) of an EPUB 3 navigation document.</summary>
internal static class NavDocumentReader
{
    /// <summary>The entries of the navigation document at <paramref name="navPath"/>.</summary>
    public static IReadOnlyList<EpubTocEntry> Read(EpubArchive archive, string navPath)
    {
        var document = XmlEntryParser.Parse(archive, navPath);
        var toc = document.Elements(EpubNamespaces.Xhtml, "nav").FirstOrDefault(n => n.EpubTypes().Contains("toc"))
            ?? throw new NovelInputException(archive.Path, $"{navPath}: no <nav epub:type=\"toc\">");
        var list = toc.ChildElements(EpubNamespaces.Xhtml, "ol").FirstOrDefault()
            ?? throw new NovelInputException(archive.Path, $"{navPath}: the toc nav has no <ol>");
        return Entries(archive, navPath, list);
    }

    private static List<EpubTocEntry> Entries(EpubArchive archive, string navPath, IElement list) =>
        list.ChildElements(EpubNamespaces.Xhtml, "li").Select(item =>
        {
            var label = item.Children.FirstOrDefault(c => c.NamespaceUri == EpubNamespaces.Xhtml && c.LocalName is "a" or "span")
                ?? throw new NovelInputException(archive.Path, $"{navPath}: a toc <li> has neither <a> nor <span>");
            var href = label.GetAttribute("href");
            var path = href is null ? "" : ArchivePath.Resolve(ArchivePath.FolderOf(navPath), href)
                ?? throw new NovelInputException(archive.Path, $"{navPath}: toc entry points outside the archive ({href})");
            var children = item.ChildElements(EpubNamespaces.Xhtml, "ol").FirstOrDefault() is { } sublist
                ? Entries(archive, navPath, sublist)
                : [];
            return new EpubTocEntry(label.TextContent.Trim(), path, null, children);
        }).ToList();
}
