using System.Globalization;
using AngleSharp.Dom;

namespace Novel.Epub.Reading;

/// <summary>Reads an EPUB 2 NCX: its <c>dtb:uid</c>, depth and nav points.</summary>
internal static class NcxReader
{
    /// <summary>The NCX at <paramref name="ncxPath"/>.</summary>
    public static EpubNcx Read(EpubArchive archive, string ncxPath)
    {
        var root = XmlEntryParser.Parse(archive, ncxPath).DocumentElement;
        var metas = root.Elements(EpubNamespaces.Ncx, "meta").ToList();
        string? Meta(string name) => metas.FirstOrDefault(m => m.GetAttribute("name") == name)?.GetAttribute("content");
        var navMap = root.ChildElements(EpubNamespaces.Ncx, "navMap").FirstOrDefault()
            ?? throw new NovelInputException(archive.Path, $"{ncxPath}: no <navMap>");
        var depth = int.TryParse(Meta("dtb:depth"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var d) ? d : (int?)null;
        return new EpubNcx(ncxPath, Meta("dtb:uid"), depth, NavPoints(archive, ncxPath, navMap));
    }

    private static List<EpubTocEntry> NavPoints(EpubArchive archive, string ncxPath, IElement parent) =>
        parent.ChildElements(EpubNamespaces.Ncx, "navPoint").Select(point =>
        {
            var label = point.ChildElements(EpubNamespaces.Ncx, "navLabel").FirstOrDefault()?.TextContent.Trim() ?? "";
            var src = point.ChildElements(EpubNamespaces.Ncx, "content").FirstOrDefault()?.GetAttribute("src")
                ?? throw new NovelInputException(archive.Path, $"{ncxPath}: navPoint \"{label}\" has no <content src>");
            var path = ArchivePath.Resolve(ArchivePath.FolderOf(ncxPath), src)
                ?? throw new NovelInputException(archive.Path, $"{ncxPath}: navPoint \"{label}\" points outside the archive ({src})");
            var playOrder = int.TryParse(point.GetAttribute("playOrder"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var order) ? order : (int?)null;
            return new EpubTocEntry(label, path, playOrder, NavPoints(archive, ncxPath, point));
        }).ToList();
}
