using System.Text;
using System.Xml;

namespace Novel.Epub;

/// <summary>
/// A thin layer over <see cref="XmlWriter"/> that every EPUB document is written through: elements go into one
/// default namespace, and every text and attribute value passes <see cref="XmlTextSanitizer"/> before the writer
/// escapes it. Output is UTF-8 without a byte order mark, with line feeds only where the caller asks for them.
/// </summary>
internal sealed class EpubXmlWriter : IDisposable
{
    private readonly MemoryStream buffer = new();
    private readonly XmlWriter writer;
    private readonly string defaultNamespace;

    private EpubXmlWriter(string defaultNamespace, ConformanceLevel conformance)
    {
        this.defaultNamespace = defaultNamespace;
        writer = XmlWriter.Create(buffer, new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            ConformanceLevel = conformance,
            Indent = false,
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
            CheckCharacters = true,
        });
    }

    /// <summary>Starts a document whose elements are in <paramref name="defaultNamespace"/>, with its XML declaration.</summary>
    public static EpubXmlWriter Document(string defaultNamespace)
    {
        var document = new EpubXmlWriter(defaultNamespace, ConformanceLevel.Document);
        document.writer.WriteStartDocument();
        document.Line();
        return document;
    }

    /// <summary>
    /// Starts a fragment with no namespace: its bytes equal those the same elements take inside a document whose
    /// default namespace is already declared, which is what measuring a piece of a page needs.
    /// </summary>
    public static EpubXmlWriter Fragment() => new("", ConformanceLevel.Fragment);

    /// <summary>Writes <c>&lt;!DOCTYPE html&gt;</c>.</summary>
    public void HtmlDocType()
    {
        // XmlWriter.WriteDocType leaves a space before '>'; this fixed text carries no content to escape.
        writer.WriteRaw("<!DOCTYPE html>");
        Line();
    }

    /// <summary>Opens an element in the default namespace.</summary>
    public EpubXmlWriter Start(string localName)
    {
        writer.WriteStartElement(localName, defaultNamespace);
        return this;
    }

    /// <summary>Opens an element in another namespace, under a prefix.</summary>
    public EpubXmlWriter Start(string prefix, string localName, string ns)
    {
        writer.WriteStartElement(prefix, localName, ns);
        return this;
    }

    /// <summary>Declares a namespace prefix on the open element.</summary>
    public EpubXmlWriter DeclarePrefix(string prefix, string ns)
    {
        writer.WriteAttributeString("xmlns", prefix, null, ns);
        return this;
    }

    /// <summary>Writes an attribute without namespace on the open element.</summary>
    public EpubXmlWriter Attribute(string name, string value)
    {
        writer.WriteAttributeString(name, XmlTextSanitizer.Clean(value));
        return this;
    }

    /// <summary>Writes an attribute when <paramref name="value"/> is not null or empty.</summary>
    public EpubXmlWriter OptionalAttribute(string name, string? value) =>
        string.IsNullOrEmpty(value) ? this : Attribute(name, value);

    /// <summary>Writes a namespaced attribute on the open element.</summary>
    public EpubXmlWriter Attribute(string prefix, string localName, string ns, string value)
    {
        writer.WriteAttributeString(prefix, localName, ns, XmlTextSanitizer.Clean(value));
        return this;
    }

    /// <summary>Writes <c>xml:lang</c> on the open element.</summary>
    public EpubXmlWriter XmlLang(string language) => Attribute("xml", "lang", EpubNamespaces.Xml, language);

    /// <summary>Writes both <c>lang</c> and <c>xml:lang</c> on the open element, as XHTML in EPUB wants.</summary>
    public EpubXmlWriter Lang(string language) => Attribute("lang", language).XmlLang(language);

    /// <summary>Writes <c>epub:type</c> on the open element.</summary>
    public EpubXmlWriter EpubType(string type) => Attribute("epub", "type", EpubNamespaces.Ops, type);

    /// <summary>Writes text, escaped.</summary>
    public EpubXmlWriter Text(string text)
    {
        writer.WriteString(XmlTextSanitizer.Clean(text));
        return this;
    }

    /// <summary>Closes the innermost open element.</summary>
    public EpubXmlWriter End()
    {
        writer.WriteFullEndElement();
        return this;
    }

    /// <summary>Closes the innermost open element as an empty element (<c>&lt;link/&gt;</c>).</summary>
    public EpubXmlWriter EndEmpty()
    {
        writer.WriteEndElement();
        return this;
    }

    /// <summary>Writes a line feed between elements, to keep the file readable without changing its text.</summary>
    public EpubXmlWriter Line()
    {
        writer.WriteWhitespace("\n");
        return this;
    }

    /// <summary>Writes an element in the default namespace holding only text, then a line feed.</summary>
    public EpubXmlWriter TextElement(string localName, string text) => Start(localName).Text(text).End().Line();

    /// <summary>The bytes written so far (the whole document once everything is closed).</summary>
    public byte[] ToArray()
    {
        writer.Flush();
        return buffer.ToArray();
    }

    /// <summary>The number of bytes written so far.</summary>
    public long Length
    {
        get
        {
            writer.Flush();
            return buffer.Length;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        writer.Dispose();
        buffer.Dispose();
    }
}
