namespace Novel.Epub.Reading;

/// <summary>What <see cref="EpubReader"/> found in an EPUB file: its package metadata, manifest, spine (with each page's text) and tables of contents.</summary>
public sealed record EpubDocument
{
    /// <summary>The path of the EPUB file as given.</summary>
    public required string Path { get; init; }

    /// <summary>The names of the archive's entries, in archive order.</summary>
    public required IReadOnlyList<string> EntryNames { get; init; }

    /// <summary>The package document's path in the archive (for example <c>OEBPS/content.opf</c>).</summary>
    public required string PackagePath { get; init; }

    /// <summary>The package's <c>version</c> attribute (<c>3.0</c> for EPUB 3).</summary>
    public required string Version { get; init; }

    /// <summary>The package's unique identifier (the <c>dc:identifier</c> that <c>unique-identifier</c> names).</summary>
    public required string Identifier { get; init; }

    /// <summary>The <c>dc:title</c> elements, in order.</summary>
    public required IReadOnlyList<EpubTitle> Titles { get; init; }

    /// <summary>The <c>dc:language</c> values, in order.</summary>
    public required IReadOnlyList<string> Languages { get; init; }

    /// <summary>The <c>dc:creator</c> elements, in order.</summary>
    public required IReadOnlyList<EpubCreator> Creators { get; init; }

    /// <summary>The <c>dcterms:modified</c> value, when present.</summary>
    public string? Modified { get; init; }

    /// <summary>The manifest's items, in order.</summary>
    public required IReadOnlyList<EpubManifestItem> Manifest { get; init; }

    /// <summary>The spine's pages, in reading order, each with its text blocks.</summary>
    public required IReadOnlyList<EpubSpineItem> Spine { get; init; }

    /// <summary>The table of contents from the navigation document, or from the NCX when there is no navigation document.</summary>
    public required IReadOnlyList<EpubTocEntry> Toc { get; init; }

    /// <summary>The EPUB 2 NCX, when the package has one.</summary>
    public EpubNcx? Ncx { get; init; }
}
