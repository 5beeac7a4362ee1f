using AngleSharp.Dom;

namespace Novel.Epub.Reading;

/// <summary>Reads a spine page's paragraphs and headings, with their languages and classes.</summary>
internal static class XhtmlBlockReader
{
    private static readonly HashSet<string> BlockElements = ["p", "h1", "h2", "h3", "h4", "h5", "h6"];

    /// <summary>The page at <paramref name="path"/> as a spine item.</summary>
    public static EpubSpineItem Read(EpubArchive archive, string idRef, string path, bool linear)
    {
        var root = XmlEntryParser.Parse(archive, path).DocumentElement;
        if (root.LocalName != "html" || root.NamespaceUri != EpubNamespaces.Xhtml)
        {
            throw new NovelInputException(archive.Path, $"{path}: the root element is <{root.LocalName}>, not an XHTML <html>");
        }

        var blocks = root.Descendants<IElement>()
            .Where(e => e.NamespaceUri == EpubNamespaces.Xhtml && BlockElements.Contains(e.LocalName))
            .Select(e => new EpubBlock(e.LocalName, e.TextContent, e.GetAttribute("lang"), e.XmlLang(), e.GetAttribute("class"), e.InnerHtml))
            .ToList();
        return new EpubSpineItem(idRef, path, linear, root.GetAttribute("lang"), root.XmlLang(), blocks);
    }
}
