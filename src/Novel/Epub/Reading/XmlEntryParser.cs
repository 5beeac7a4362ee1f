using AngleSharp.Dom;
using AngleSharp.Xml.Parser;

namespace Novel.Epub.Reading;

/// <summary>Parses an archive entry as XML with AngleSharp, turning malformed XML into a <see cref="NovelInputException"/> that names file, entry and line.</summary>
internal static class XmlEntryParser
{
    /// <summary>The parsed document of entry <paramref name="name"/>.</summary>
    public static IDocument Parse(EpubArchive archive, string name)
    {
        var text = archive.ReadText(name);
        try
        {
            var document = new XmlParser().ParseDocument(text);
            if (document.DocumentElement is null)
            {
                throw new NovelInputException(archive.Path, $"{name}: no root element");
            }

            return document;
        }
        catch (XmlParseException e)
        {
            throw new NovelInputException(archive.Path, $"{name}: line {e.Position.Line}, column {e.Position.Column}: malformed XML ({e.Message})", inner: e);
        }
    }

    /// <summary>The descendant elements of <paramref name="node"/> with that namespace and local name, in document order.</summary>
    public static IEnumerable<IElement> Elements(this INode node, string ns, string localName) =>
        node.Descendants<IElement>().Where(e => e.LocalName == localName && e.NamespaceUri == ns);

    /// <summary>The child elements of <paramref name="element"/> with that namespace and local name.</summary>
    public static IEnumerable<IElement> ChildElements(this IElement element, string ns, string localName) =>
        element.Children.Where(e => e.LocalName == localName && e.NamespaceUri == ns);

    /// <summary>The element's <c>xml:lang</c> attribute.</summary>
    public static string? XmlLang(this IElement element) => element.GetAttribute(EpubNamespaces.Xml, "lang");

    /// <summary>The element's <c>epub:type</c> tokens.</summary>
    public static string[] EpubTypes(this IElement element) =>
        (element.GetAttribute(EpubNamespaces.Ops, "type") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
