namespace Novel.Epub;

/// <summary>One file of the publication under <c>OEBPS/</c>, as the package document lists it.</summary>
/// <param name="Id">The manifest id.</param>
/// <param name="Href">The path relative to <c>OEBPS/</c>, with forward slashes.</param>
/// <param name="MediaType">The media type.</param>
/// <param name="Content">The bytes.</param>
/// <param name="InSpine">True for pages read in order.</param>
/// <param name="Properties">The manifest properties (<c>cover-image</c>, <c>nav</c>), when any.</param>
internal sealed record EpubFile(string Id, string Href, string MediaType, byte[] Content, bool InSpine, string? Properties = null)
{
    public const string XhtmlMediaType = "application/xhtml+xml";

    /// <summary>A page read in order, in the spine.</summary>
    public static EpubFile Page(string id, string href, byte[] content) => new(id, href, XhtmlMediaType, content, InSpine: true);

    /// <summary>A page read in order whose zip entry is prepared (written and deflated, or taken from a cache) only when the zip needs it.</summary>
    public static EpubFile LatePage(string id, string href, Func<string, ZipEntryData> prepare) => new(id, href, XhtmlMediaType, [], InSpine: true) { Prepare = prepare };

    /// <summary>Prepares a late page's zip entry under the zip path it is given (when set, <see cref="Content"/> is empty).</summary>
    public Func<string, ZipEntryData>? Prepare { get; init; }
}
