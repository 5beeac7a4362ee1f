namespace Novel.Epub.Reading;

/// <summary>A manifest item: its id, its path in the archive, its media type and properties.</summary>
public sealed record EpubManifestItem(string Id, string Path, string MediaType, string? Properties);
