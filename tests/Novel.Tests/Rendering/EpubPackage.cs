using System.IO.Compression;
using System.Xml.Linq;

namespace Novel.Tests.Rendering;

/// <summary>One manifest item: its id, zip path, media type and properties.</summary>
internal sealed record ManifestItem(string Id, string Path, string MediaType, string Properties);

/// <summary>
/// An EPUB read back with nothing but the zip and XML APIs, independent of Novel's writer and reader: the package
/// document, manifest, spine, and the text and size of any file.
/// </summary>
internal sealed class EpubPackage
{
    public static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    public static readonly XNamespace Ops = "http://www.idpf.org/2007/ops";
    public static readonly XNamespace Ncx = "http://www.daisy.org/z3986/2005/ncx/";
    public static readonly XNamespace XmlNamespace = XNamespace.Xml;

    private readonly Dictionary<string, byte[]> files;

    private EpubPackage(Dictionary<string, byte[]> files)
    {
        this.files = files;
        var container = XDocument.Parse(Text("META-INF/container.xml"));
        PackagePath = container.Descendants().First(e => e.Name.LocalName == "rootfile").Attribute("full-path")!.Value;
        Package = XDocument.Parse(Text(PackagePath));
        var manifest = Package.Root!.Element(Opf + "manifest")!;
        Manifest = manifest.Elements(Opf + "item").Select(i => new ManifestItem(
            i.Attribute("id")!.Value,
            Resolve(PackagePath, i.Attribute("href")!.Value),
            i.Attribute("media-type")!.Value,
            i.Attribute("properties")?.Value ?? "")).ToList();
        var spine = Package.Root.Element(Opf + "spine")!;
        Spine = spine.Elements(Opf + "itemref").Select(r => Manifest.Single(m => m.Id == r.Attribute("idref")!.Value)).ToList();
        SpineTocId = spine.Attribute("toc")?.Value;
    }

    public string PackagePath { get; }

    public XDocument Package { get; }

    public IReadOnlyList<ManifestItem> Manifest { get; }

    public IReadOnlyList<ManifestItem> Spine { get; }

    public string? SpineTocId { get; }

    public XElement Metadata => Package.Root!.Element(Opf + "metadata")!;

    public IReadOnlyList<string> Languages => Metadata.Elements(Dc + "language").Select(l => l.Value.Trim()).ToList();

    /// <summary>The package's unique identifier (the dc:identifier the package element names).</summary>
    public string UniqueIdentifier
    {
        get
        {
            var id = Package.Root!.Attribute("unique-identifier")?.Value;
            return Metadata.Elements(Dc + "identifier").First(i => id is null || i.Attribute("id")?.Value == id).Value.Trim();
        }
    }

    /// <summary>The cover image item (EPUB 3 <c>cover-image</c> property, or the EPUB 2 <c>meta name="cover"</c>), if any.</summary>
    public ManifestItem? CoverImage
    {
        get
        {
            var byProperty = Manifest.FirstOrDefault(m => m.Properties.Split(' ').Contains("cover-image"));
            var metaId = Metadata.Elements(Opf + "meta").FirstOrDefault(m => m.Attribute("name")?.Value == "cover")?.Attribute("content")?.Value;
            return byProperty ?? Manifest.FirstOrDefault(m => m.Id == metaId);
        }
    }

    public IEnumerable<string> Paths => files.Keys;

    public static EpubPackage Open(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries.Where(e => !e.FullName.EndsWith('/')))
        {
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            files[entry.FullName] = buffer.ToArray();
        }

        return new EpubPackage(files);
    }

    public byte[] Bytes(string path) => files.TryGetValue(path, out var bytes) ? bytes : throw new FileNotFoundException($"{path} is not in the EPUB");

    public string Text(string path) => System.Text.Encoding.UTF8.GetString(Bytes(path)).TrimStart('\uFEFF');

    public XDocument Xml(string path) => XDocument.Parse(Text(path), LoadOptions.SetLineInfo);

    /// <summary>Resolves <paramref name="href"/> (relative to the file <paramref name="from"/>, fragment dropped) to a zip path.</summary>
    public static string Resolve(string from, string href)
    {
        var withoutFragment = Uri.UnescapeDataString(href.Split('#')[0]);
        if (withoutFragment.Length == 0)
        {
            return from;
        }

        var folder = from.Contains('/') ? from[..from.LastIndexOf('/')] : "";
        var parts = new List<string>(folder.Length == 0 ? [] : folder.Split('/'));
        foreach (var part in withoutFragment.Split('/'))
        {
            if (part == "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else if (part is not ("." or ""))
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }
}
