using AngleSharp.Dom;
using Novel.Epub.Reading;
using Novel.Tests.Support;

namespace Novel.Tests.Epub;

/// <summary>What <see cref="EpubReader"/> reads beyond the round trip: EPUB 2 fallbacks and the package metadata it does not model.</summary>
public sealed class EpubReaderTests : IDisposable
{
    private readonly TempDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Read_TakesTheTocFromTheNcx_WhenThereIsNoNavigationDocument()
    {
        var written = WrittenBook.Bytes(SampleBooks.Realistic(), WrittenBook.Options());
        var path = WrittenBook.Rezip(folder, "no-nav.epub", written, (name, text) => name == "OEBPS/content.opf"
            ? text.Replace("<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\" />\n", "", StringComparison.Ordinal)
            : text);

        var epub = EpubReader.Read(path);

        Assert.DoesNotContain(epub.Manifest, m => m.Id == "nav");
        Assert.Equal(
            ["Translator's Note", "第一卷 深度学习", "第二卷 千层", "第4章 傲慢"],
            epub.Toc.Select(t => t.Label));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], epub.Toc.SelectMany(t => t.SelfAndDescendants()).Select(t => t.PlayOrder ?? 0));
    }

    [Fact]
    public void Package_CarriesDateRightsDescriptionAndTheLegacyCoverMeta()
    {
        var written = WrittenBook.Bytes(SampleBooks.Realistic(), WrittenBook.Options());
        var opf = WrittenBook.EntryXml(written, "OEBPS/content.opf");
        const string Dc = "http://purl.org/dc/elements/1.1/";

        string Text(string element) => opf.Descendants<IElement>().Single(e => e.NamespaceUri == Dc && e.LocalName == element).TextContent;
        var coverMeta = opf.Descendants<IElement>().Single(e => e.LocalName == "meta" && e.GetAttribute("name") == "cover");

        Assert.Equal("2024-05-01", Text("date"));
        Assert.Equal("© 2024 孟凡. Translation for personal reading only.", Text("rights"));
        Assert.Equal("一个程序员回到2012年,用残差网络改写了深度学习的历史。", Text("description"));
        Assert.Equal("cover-image", coverMeta.GetAttribute("content"));
        Assert.Equal(
            ["textual", "visual"],
            opf.Descendants<IElement>().Where(e => e.GetAttribute("property") == "schema:accessMode").Select(e => e.TextContent));
    }

    [Fact]
    public void Package_LeavesOutDateRightsDescription_AndDeclaresATypographicCover_WhenTheBookHasNone()
    {
        var written = WrittenBook.Bytes(SampleBooks.Small(), WrittenBook.Options());
        var opf = WrittenBook.EntryText(written, "OEBPS/content.opf");

        Assert.DoesNotContain("dc:date", opf, StringComparison.Ordinal);
        Assert.DoesNotContain("dc:rights", opf, StringComparison.Ordinal);
        Assert.DoesNotContain("dc:description", opf, StringComparison.Ordinal);
        Assert.Contains("media-type=\"image/svg+xml\" properties=\"cover-image\"", opf, StringComparison.Ordinal);
    }
}
