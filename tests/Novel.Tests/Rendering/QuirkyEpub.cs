using System.IO.Compression;
using System.Text;

namespace Novel.Tests.Rendering;

/// <summary>
/// Writes a two-chapter bilingual EPUB that picky readers accept, or the same book with one reader quirk, so the
/// reader-quirk checks can be shown to pass a good book and to catch each quirk on its own.
/// </summary>
internal static class QuirkyEpub
{
    public const string UnacceptedLanguage = "unaccepted-language";
    public const string TocOutOfOrder = "toc-out-of-order";
    public const string HugeChapter = "huge-chapter";
    public const string MediaQuery = "media-query";
    public const string ForcedFontSize = "forced-font-size";
    public const string ParagraphWithoutLang = "paragraph-without-lang";

    public static string Write(string path, string? quirk)
    {
        var languages = quirk == UnacceptedLanguage ? "zh-CN" : "zh-Hans";
        var order = quirk == TocOutOfOrder ? new[] { 2, 1 } : [1, 2];
        var css = "p { margin: 0 0 0.4em 0; text-indent: 2em; }\np.tr { border-left: 1px solid; }\n"
            + (quirk == MediaQuery ? "@media screen { p { margin: 0; } }\n" : "")
            + (quirk == ForcedFontSize ? "body { font-size: 12pt; color: #333; }\n" : "");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        Add(zip, "mimetype", "application/epub+zip", CompressionLevel.NoCompression);
        Add(zip, "META-INF/container.xml", """<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>""");
        Add(zip, "OEBPS/content.opf", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid">
            <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
            <dc:identifier id="uid">urn:uuid:7d1f0c2a-5b3e-4c6d-8e9f-0a1b2c3d4e5f</dc:identifier>
            <dc:title>怪书</dc:title><dc:language>{languages}</dc:language><dc:language>en</dc:language>
            <meta property="dcterms:modified">2026-01-01T00:00:00Z</meta>
            </metadata>
            <manifest>
            <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
            <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
            <item id="css" href="book.css" media-type="text/css"/>
            <item id="c1" href="text/c1.xhtml" media-type="application/xhtml+xml"/>
            <item id="c2" href="text/c2.xhtml" media-type="application/xhtml+xml"/>
            </manifest>
            <spine toc="ncx"><itemref idref="c1"/><itemref idref="c2"/></spine>
            </package>
            """);
        Add(zip, "OEBPS/nav.xhtml", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="zh-Hans"><head><title>目录</title></head>
            <body><nav epub:type="toc"><ol>{string.Concat(order.Select(n => $"<li><a href=\"text/c{n}.xhtml\">第{n}章 · Chapter {n}</a></li>"))}</ol></nav></body></html>
            """);
        Add(zip, "OEBPS/toc.ncx", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1"><head/><docTitle><text>怪书</text></docTitle><navMap>
            {string.Concat(order.Select((n, i) => $"<navPoint id=\"p{n}\" playOrder=\"{i + 1}\"><navLabel><text>第{n}章</text></navLabel><content src=\"text/c{n}.xhtml\"/></navPoint>"))}
            </navMap></ncx>
            """);
        Add(zip, "OEBPS/book.css", css);
        for (var n = 1; n <= 2; n++)
        {
            var pairs = new StringBuilder();
            var count = quirk == HugeChapter && n == 1 ? 3000 : 3;
            for (var i = 0; i < count; i++)
            {
                var zhLang = quirk == ParagraphWithoutLang && n == 2 && i == 1 ? "" : " lang=\"zh-Hans\"";
                pairs.Append($"<p{zhLang}>天地玄黄，宇宙洪荒，日月盈昃，辰宿列张，寒来暑往，秋收冬藏。</p>\n<p class=\"tr\" lang=\"en\">Heaven was dark and earth yellow; the cosmos vast and wild.</p>\n");
            }

            Add(zip, $"OEBPS/text/c{n}.xhtml", $"""
                <?xml version="1.0" encoding="utf-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="zh-Hans"><head><title>第{n}章</title><link rel="stylesheet" href="../book.css"/></head>
                <body><h1 lang="zh-Hans">第{n}章</h1>
                {pairs}</body></html>
                """);
        }

        return path;
    }

    private static void Add(ZipArchive zip, string name, string text, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, level).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }
}
