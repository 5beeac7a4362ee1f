namespace Novel.Epub.Reading;

/// <summary>The EPUB 2 NCX table of contents.</summary>
/// <param name="Path">The NCX's path in the archive.</param>
/// <param name="Uid">The <c>dtb:uid</c> meta, which must equal the package's identifier.</param>
/// <param name="Depth">The <c>dtb:depth</c> meta, when it is a number.</param>
/// <param name="Entries">The nav points, top level first.</param>
public sealed record EpubNcx(string Path, string? Uid, int? Depth, IReadOnlyList<EpubTocEntry> Entries);
