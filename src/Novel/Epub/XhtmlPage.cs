namespace Novel.Epub;

/// <summary>
/// The skeleton every XHTML page of the book shares: XML declaration, doctype, <c>&lt;html&gt;</c> with its language,
/// a head with the title and stylesheet, and a body the caller fills.
/// </summary>
internal static class XhtmlPage
{
    /// <summary>The stylesheet's path relative to a page in <c>text/</c>.</summary>
    public const string StylesheetFromText = "../styles/book.css";

    /// <summary>Writes a page and returns its bytes.</summary>
    /// <param name="title">The page's <c>&lt;title&gt;</c>.</param>
    /// <param name="language">The page's language, on <c>&lt;html&gt;</c>.</param>
    /// <param name="stylesheetHref">The stylesheet's path relative to the page.</param>
    /// <param name="writeBody">Writes the body's content.</param>
    public static byte[] Write(string title, string language, string stylesheetHref, Action<EpubXmlWriter> writeBody)
    {
        using var page = Start(title, language, stylesheetHref);
        writeBody(page);
        return Finish(page);
    }

    /// <summary>Writes everything up to and including <c>&lt;body&gt;</c>; finish with <see cref="Finish"/>.</summary>
    public static EpubXmlWriter Start(string title, string language, string stylesheetHref)
    {
        var page = EpubXmlWriter.Document(EpubNamespaces.Xhtml);
        page.HtmlDocType();
        page.Start("html").DeclarePrefix("epub", EpubNamespaces.Ops).Lang(language).Line();
        page.Start("head").Line();
        page.TextElement("title", title);
        page.Start("link").Attribute("rel", "stylesheet").Attribute("type", "text/css").Attribute("href", stylesheetHref).EndEmpty().Line();
        page.End().Line();
        page.Start("body").Line();
        return page;
    }

    /// <summary>Closes body and html and returns the page's bytes.</summary>
    public static byte[] Finish(EpubXmlWriter page)
    {
        page.End().Line().End().Line();
        return page.ToArray();
    }
}
