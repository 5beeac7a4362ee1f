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

    /// <summary>A page read in order whose bytes are written only when the zip needs them.</summary>
    public static EpubFile LatePage(string id, string href, Func<byte[]> render) => new(id, href, XhtmlMediaType, [], InSpine: true) { Render = render };

    /// <summary>Writes the bytes of a late page (when set, <see cref="Content"/> is empty).</summary>
    public Func<byte[]>? Render { get; init; }
}
