namespace Novel.Epub;

/// <summary>Where the writer puts things in the archive.</summary>
internal static class EpubPaths
{
    public const string Mimetype = "mimetype";
    public const string Container = "META-INF/container.xml";
    public const string ContentFolder = "OEBPS/";
    public const string Package = ContentFolder + "content.opf";

    // The paths below are relative to ContentFolder, as the manifest lists them.
    public const string Nav = "nav.xhtml";
    public const string Ncx = "toc.ncx";
    public const string Stylesheet = "styles/book.css";
    public const string TextFolder = "text/";
    public const string ImagesFolder = "images/";

    /// <summary>The path of a file in <c>images/</c> relative to a page in <c>text/</c>.</summary>
    public static string FromText(string href) => "../" + href;
}
