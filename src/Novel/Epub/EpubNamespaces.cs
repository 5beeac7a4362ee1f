namespace Novel.Epub;

/// <summary>The XML namespaces of EPUB's documents.</summary>
internal static class EpubNamespaces
{
    public const string Xhtml = "http://www.w3.org/1999/xhtml";
    public const string Ops = "http://www.idpf.org/2007/ops";
    public const string Opf = "http://www.idpf.org/2007/opf";
    public const string DublinCore = "http://purl.org/dc/elements/1.1/";
    public const string Ncx = "http://www.daisy.org/z3986/2005/ncx/";
    public const string Container = "urn:oasis:names:tc:opendocument:xmlns:container";
    public const string Xml = "http://www.w3.org/XML/1998/namespace";
}
