namespace Novel.Epub.Reading;

/// <summary>
/// Reads an EPUB file for checking: the <c>mimetype</c> entry, <c>META-INF/container.xml</c>, the package document,
/// every spine page's text, and the tables of contents. Anything malformed, and any archive that could escape its
/// folder or inflate absurdly, is a <see cref="NovelInputException"/> naming the file.
/// </summary>
public static class EpubReader
{
    private const string ContainerPath = "META-INF/container.xml";
    private const string XhtmlMediaType = "application/xhtml+xml";

    /// <summary>Reads the EPUB file at <paramref name="path"/>; spine pages that are not XHTML (SVG pages) come back without blocks.</summary>
    /// <exception cref="NovelInputException">The file is not a well-formed EPUB, or is unsafe to unpack.</exception>
    public static EpubDocument Read(string path) => Read(path, EpubArchiveLimits.Default);

    internal static EpubDocument Read(string path, EpubArchiveLimits limits)
    {
        using var archive = EpubArchive.Open(path, limits);
        MimetypeCheck.Verify(archive);
        var packagePath = PackagePath(archive);
        var package = PackageDocumentReader.Read(archive, packagePath);
        var manifest = package.Manifest.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var spine = package.Spine.Select(itemref =>
        {
            var item = manifest.GetValueOrDefault(itemref.IdRef)
                ?? throw new NovelInputException(path, $"{packagePath}: the spine refers to \"{itemref.IdRef}\", which the manifest lacks");
            return item.MediaType == XhtmlMediaType
                ? XhtmlBlockReader.Read(archive, item.Id, item.Path, itemref.Linear)
                : new EpubSpineItem(item.Id, item.Path, itemref.Linear, null, null, []);
        }).ToList();

        var ncxItem = (package.SpineTocId is { } tocId ? manifest.GetValueOrDefault(tocId) : null)
            ?? package.Manifest.FirstOrDefault(i => i.MediaType == "application/x-dtbncx+xml");
        var ncx = ncxItem is null ? null : NcxReader.Read(archive, ncxItem.Path);
        var navItem = package.Manifest.FirstOrDefault(i => (i.Properties ?? "").Split(' ').Contains("nav"));
        var toc = navItem is not null ? NavDocumentReader.Read(archive, navItem.Path) : ncx?.Entries ?? [];

        return new EpubDocument
        {
            Path = path,
            EntryNames = archive.EntryNames,
            PackagePath = packagePath,
            Version = package.Version,
            Identifier = package.Identifier,
            Titles = package.Titles,
            Languages = package.Languages,
            Creators = package.Creators,
            Modified = package.Modified,
            Manifest = package.Manifest,
            Spine = spine,
            Toc = toc,
            Ncx = ncx,
        };
    }

    private static string PackagePath(EpubArchive archive)
    {
        if (!archive.Contains(ContainerPath))
        {
            throw new NovelInputException(archive.Path, $"{ContainerPath}: missing, so the package document cannot be found");
        }

        var container = XmlEntryParser.Parse(archive, ContainerPath);
        var fullPath = container.Elements(EpubNamespaces.Container, "rootfile")
            .FirstOrDefault(r => r.GetAttribute("media-type") == "application/oebps-package+xml")?.GetAttribute("full-path")
            ?? throw new NovelInputException(archive.Path, $"{ContainerPath}: no rootfile of media type application/oebps-package+xml");
        var packagePath = ArchivePath.Resolve("", fullPath)
            ?? throw new NovelInputException(archive.Path, $"{ContainerPath}: rootfile full-path \"{fullPath}\" points outside the archive");
        if (!archive.Contains(packagePath))
        {
            throw new NovelInputException(archive.Path, $"{packagePath}: the package document named by {ContainerPath} is missing");
        }

        return packagePath;
    }
}
