using AngleSharp.Dom;

namespace Novel.Epub.Reading;

/// <summary>Reads the package document (<c>content.opf</c>): metadata, manifest and spine.</summary>
internal static class PackageDocumentReader
{
    /// <summary>Reads the package document at <paramref name="packagePath"/>.</summary>
    public static PackageDocument Read(EpubArchive archive, string packagePath)
    {
        var root = XmlEntryParser.Parse(archive, packagePath).DocumentElement;
        if (root.LocalName != "package" || root.NamespaceUri != EpubNamespaces.Opf)
        {
            throw new NovelInputException(archive.Path, $"{packagePath}: the root element is <{root.LocalName}>, not an OPF <package>");
        }

        var metadata = root.ChildElements(EpubNamespaces.Opf, "metadata").FirstOrDefault()
            ?? throw new NovelInputException(archive.Path, $"{packagePath}: no <metadata>");
        var refinements = Refinements(metadata);
        return new PackageDocument(
            root.GetAttribute("version") ?? "",
            Identifier(archive, packagePath, root, metadata),
            metadata.ChildElements(EpubNamespaces.DublinCore, "title")
                .Select(t => new EpubTitle(t.TextContent.Trim(), t.XmlLang(), Refined(refinements, t, "title-type"))).ToList(),
            metadata.ChildElements(EpubNamespaces.DublinCore, "language").Select(l => l.TextContent.Trim()).ToList(),
            metadata.ChildElements(EpubNamespaces.DublinCore, "creator")
                .Select(c => new EpubCreator(c.TextContent.Trim(), Refined(refinements, c, "role") ?? c.GetAttribute(EpubNamespaces.Opf, "role"), c.XmlLang()))
                .ToList(),
            metadata.ChildElements(EpubNamespaces.Opf, "meta").FirstOrDefault(m => m.GetAttribute("property") == "dcterms:modified")?.TextContent.Trim(),
            Manifest(archive, packagePath, root),
            Spine(archive, packagePath, root, out var tocId),
            tocId);
    }

    private static string Identifier(EpubArchive archive, string packagePath, IElement root, IElement metadata)
    {
        var uniqueId = root.GetAttribute("unique-identifier");
        var identifiers = metadata.ChildElements(EpubNamespaces.DublinCore, "identifier").ToList();
        var identifier = identifiers.FirstOrDefault(i => uniqueId is not null && i.GetAttribute("id") == uniqueId) ?? identifiers.FirstOrDefault();
        return identifier?.TextContent.Trim() ?? throw new NovelInputException(archive.Path, $"{packagePath}: no <dc:identifier>");
    }

    /// <summary>The EPUB 3 <c>&lt;meta refines="#id" property="…"&gt;</c> elements, by target id and property.</summary>
    private static Dictionary<(string Id, string Property), string> Refinements(IElement metadata)
    {
        var refinements = new Dictionary<(string, string), string>();
        foreach (var meta in metadata.ChildElements(EpubNamespaces.Opf, "meta"))
        {
            if (meta.GetAttribute("refines") is ['#', .. var id] && meta.GetAttribute("property") is { } property)
            {
                refinements.TryAdd((id, property), meta.TextContent.Trim());
            }
        }

        return refinements;
    }

    private static string? Refined(Dictionary<(string Id, string Property), string> refinements, IElement element, string property) =>
        element.GetAttribute("id") is { } id && refinements.TryGetValue((id, property), out var value) ? value : null;

    private static List<EpubManifestItem> Manifest(EpubArchive archive, string packagePath, IElement root)
    {
        var manifest = root.ChildElements(EpubNamespaces.Opf, "manifest").FirstOrDefault()
            ?? throw new NovelInputException(archive.Path, $"{packagePath}: no <manifest>");
        var folder = ArchivePath.FolderOf(packagePath);
        return manifest.ChildElements(EpubNamespaces.Opf, "item").Select(item =>
        {
            var id = item.GetAttribute("id") ?? throw new NovelInputException(archive.Path, $"{packagePath}: a manifest item has no id");
            var href = item.GetAttribute("href") ?? throw new NovelInputException(archive.Path, $"{packagePath}: manifest item \"{id}\" has no href");
            var path = ArchivePath.Resolve(folder, href)
                ?? throw new NovelInputException(archive.Path, $"{packagePath}: manifest item \"{id}\" points outside the archive ({href})");
            return new EpubManifestItem(id, path, item.GetAttribute("media-type") ?? "", item.GetAttribute("properties"));
        }).ToList();
    }

    private static List<(string IdRef, bool Linear)> Spine(EpubArchive archive, string packagePath, IElement root, out string? tocId)
    {
        var spine = root.ChildElements(EpubNamespaces.Opf, "spine").FirstOrDefault()
            ?? throw new NovelInputException(archive.Path, $"{packagePath}: no <spine>");
        tocId = spine.GetAttribute("toc");
        return spine.ChildElements(EpubNamespaces.Opf, "itemref")
            .Select(itemref => (
                itemref.GetAttribute("idref") ?? throw new NovelInputException(archive.Path, $"{packagePath}: a spine itemref has no idref"),
                itemref.GetAttribute("linear") != "no"))
            .ToList();
    }
}
