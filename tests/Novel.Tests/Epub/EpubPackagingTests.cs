using System.Buffers.Binary;
using AngleSharp.Dom;
using System.Text;
using System.Text.RegularExpressions;
using Novel.Epub;
using Novel.Epub.Reading;

namespace Novel.Tests.Epub;

/// <summary>The container rules reading systems depend on: mimetype, entry order, NCX, stylesheet, file sizes.</summary>
public sealed class EpubPackagingTests(RealisticEpub written) : IClassFixture<RealisticEpub>
{
    private readonly byte[] bytes = written.Bytes;
    private readonly EpubDocument epub = written.Document;

    [Fact]
    public void Mimetype_IsTheFirstEntry_StoredUncompressedWithoutExtraField()
    {
        Assert.Equal(0x04034b50u, BinaryPrimitives.ReadUInt32LittleEndian(bytes));
        Assert.Equal(0, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(8)));
        Assert.Equal(8, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(26)));
        Assert.Equal(0, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(28)));
        Assert.Equal("mimetypeapplication/epub+zip", Encoding.ASCII.GetString(bytes, 30, 28));
    }

    [Fact]
    public void Entries_ComeInAFixedOrder_PackageAndNavigationBeforeContent()
    {
        Assert.Equal(
            ["mimetype", "META-INF/container.xml", "OEBPS/content.opf", "OEBPS/nav.xhtml", "OEBPS/toc.ncx", "OEBPS/styles/book.css", "OEBPS/images/cover.png"],
            epub.EntryNames.Take(7));
        Assert.Equal(epub.Spine.Select(s => s.Path), epub.EntryNames.Skip(7));
    }

    [Fact]
    public void EveryEntry_IsStampedWithTheModifiedTime_InUtcAtTwoSecondResolution()
    {
        // Modified is 2024-05-01 12:34:56 +08:00, that is 04:34:56 UTC.
        Assert.All(WrittenBook.Entries(bytes), entry => Assert.Equal(new DateTime(2024, 5, 1, 4, 34, 56), entry.LastWriteTime.DateTime));
    }

    [Fact]
    public void Ncx_UidEqualsThePackageIdentifier()
    {
        Assert.NotNull(epub.Ncx);
        Assert.Equal(epub.Identifier, epub.Ncx.Uid);
    }

    [Fact]
    public void NcxNavPoints_FollowTheSpineOrder_NumberedOneByOne()
    {
        var points = epub.Ncx!.Entries.SelectMany(e => e.SelfAndDescendants()).ToList();
        var spine = epub.Spine.Select(s => s.Path).ToList();
        var spinePositions = points.Select(p => spine.IndexOf(p.Path)).ToList();

        Assert.DoesNotContain(-1, spinePositions);
        Assert.Equal(spinePositions.Order(), spinePositions);
        Assert.Equal(Enumerable.Range(1, points.Count).Cast<int?>(), points.Select(p => p.PlayOrder));
        Assert.Equal(2, epub.Ncx.Depth);
    }

    [Fact]
    public void NcxAndNav_ListTheSameEntries()
    {
        static IEnumerable<(string, string)> Flatten(IEnumerable<EpubTocEntry> entries) =>
            entries.SelectMany(e => e.SelfAndDescendants()).Select(e => (e.Label, e.Path));

        Assert.Equal(Flatten(epub.Toc), Flatten(epub.Ncx!.Entries));
    }

    [Fact]
    public void Landmarks_PointAtTheCoverTheTitlePageAndTheFirstVolume()
    {
        var nav = WrittenBook.EntryXml(bytes, "OEBPS/nav.xhtml");
        var landmarks = nav.Descendants<IElement>()
            .Where(e => e.LocalName == "a" && e.ParentElement?.ParentElement?.ParentElement?.GetAttribute("id") == "landmarks")
            .Select(a => (a.GetAttribute("http://www.idpf.org/2007/ops", "type"), a.GetAttribute("href")));

        Assert.Equal(
            [("cover", "text/cover.xhtml"), ("titlepage", "text/title.xhtml"), ("bodymatter", "text/volume-0001.xhtml")],
            landmarks);
    }

    [Fact]
    public void Stylesheet_AvoidsWhatOldReadersMishandle_AndLeavesBodyTextSizeAndColourAlone()
    {
        var css = WrittenBook.EntryText(bytes, "OEBPS/styles/book.css");
        var rules = Regex.Replace(css, @"/\*.*?\*/", "", RegexOptions.Singleline);

        Assert.Contains("div.pair p.tr", rules, StringComparison.Ordinal);
        Assert.Contains("p.note", rules, StringComparison.Ordinal);
        foreach (var banned in (string[])["@media", "calc(", "var(", "min(", "max(", "font-size", "color", "@import"])
        {
            Assert.DoesNotContain(banned, rules, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void NoTextFile_ExceedsTheChapterSizeLimit()
    {
        var pages = WrittenBook.Entries(bytes).Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal)).ToList();

        Assert.All(pages, page => Assert.InRange(page.Length, 1, EpubWriterOptions.DefaultMaxChapterBytes));
        var longChapter = pages.Where(p => p.FullName.StartsWith("OEBPS/text/chapter-0003", StringComparison.Ordinal)).Sum(p => p.Length);
        Assert.True(longChapter > EpubWriterOptions.DefaultMaxChapterBytes, $"the long chapter ({longChapter} bytes) should need splitting");
    }

    [Fact]
    public void NoAppleDisplayOptions_AreWritten_SinceNoFontsAreEmbedded()
    {
        Assert.DoesNotContain(epub.EntryNames, n => n.Contains("com.apple.ibooks", StringComparison.Ordinal));
    }
}
