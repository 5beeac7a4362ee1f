namespace Novel.Epub.Reading;

/// <summary>What the package document says, before the pages and tables of contents it points at are read.</summary>
internal sealed record PackageDocument(
    string Version,
    string Identifier,
    IReadOnlyList<EpubTitle> Titles,
    IReadOnlyList<string> Languages,
    IReadOnlyList<EpubCreator> Creators,
    string? Modified,
    IReadOnlyList<EpubManifestItem> Manifest,
    IReadOnlyList<(string IdRef, bool Linear)> Spine,
    string? SpineTocId);
