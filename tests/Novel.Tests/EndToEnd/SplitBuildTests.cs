using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Novel.Cli;
using Novel.Epub;
using Novel.Epub.Reading;
using Novel.Tests.Support;

namespace Novel.Tests.EndToEnd;

/// <summary><c>novel build --split-every 10</c> on a generated 25-chapter book: three complete, numbered volumes of one series.</summary>
public sealed partial class SplitBuildTests(SplitBook book) : IClassFixture<SplitBook>
{
    private static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    [Fact]
    public void Build_WritesThreeVolumes_NamedAfterTheOutputAndListedInTheSummaryAndReport()
    {
        var folder = Path.GetDirectoryName(book.Output)!;
        var expected = new[] { "novel-1.epub", "novel-2.epub", "novel-3.epub" }.Select(n => Path.Combine(folder, n)).ToList();

        Assert.Equal(expected, book.Volumes);
        Assert.All(book.Summary.Outputs, o => Assert.Equal(new FileInfo(o.Path).Length, o.Bytes));
        Assert.Equal([.. expected.Select(Path.GetFileName), "report.json"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.False(File.Exists(book.Output));
        using var report = JsonDocument.Parse(File.ReadAllBytes(book.Report));
        Assert.Equal(expected, report.RootElement.GetProperty("outputs").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(SplitBook.Chapters, report.RootElement.GetProperty("chapters").GetArrayLength());
    }

    [Fact]
    public void Build_PartitionsTheChapters_TenAVolume_NoneLostOrRepeated()
    {
        var perVolume = book.Volumes.Select(ChapterNumbers).ToList();

        Assert.Equal([Enumerable.Range(1, 10), Enumerable.Range(11, 10), Enumerable.Range(21, 5)], perVolume);
        Assert.Equal(Enumerable.Range(1, SplitBook.Chapters), perVolume.SelectMany(n => n));
    }

    [Fact]
    public void Build_WritesVolumesEpubcheckPasses()
    {
        Assert.All(book.Volumes, volume =>
        {
            var check = Epubcheck.Run(volume);
            Assert.True(check.IsClean, volume + ": " + check.Output);
        });
    }

    [Fact]
    public void Build_NumbersTheTitles_AndNamesTheSeries_InEveryVolume()
    {
        var identifiers = new List<string>();
        for (var i = 0; i < book.Volumes.Count; i++)
        {
            var position = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var package = Package(book.Volumes[i]);
            var metadata = package.Root!.Element(Opf + "metadata")!;

            Assert.Equal(["合成之书 " + position, "A Synthetic Book " + position], metadata.Elements(Dc + "title").Select(t => t.Value));
            var collection = Assert.Single(metadata.Elements(Opf + "meta"), m => (string?)m.Attribute("property") == "belongs-to-collection");
            Assert.Equal("合成之书", collection.Value);
            var refines = "#" + (string?)collection.Attribute("id");
            Assert.Equal(["collection-type=series", "group-position=" + position],
                metadata.Elements(Opf + "meta").Where(m => (string?)m.Attribute("refines") == refines).Select(m => $"{m.Attribute("property")!.Value}={m.Value}"));
            Assert.Equal("合成之书", Named(metadata, "calibre:series"));
            Assert.Equal(position, Named(metadata, "calibre:series_index"));
            var cover = XDocument.Parse(EntryText(book.Volumes[i], "OEBPS/images/cover.svg"));
            Assert.Contains(position, cover.Descendants(XName.Get("text", "http://www.w3.org/2000/svg")).Select(t => t.Value));
            identifiers.Add(metadata.Element(Dc + "identifier")!.Value);
        }

        Assert.Equal(3, identifiers.Distinct().Count());
        Assert.DoesNotContain("urn:uuid:0b5e2f59-7d3c-4a4e-8f1a-6c2d9e8b7a10", identifiers);
    }

    [Fact]
    public void Build_PutsTheTitlePageInEveryVolume()
    {
        foreach (var volume in book.Volumes)
        {
            var read = EpubReader.Read(volume);
            Assert.Equal(["cover", "title-page"], read.Spine.Take(2).Select(s => s.IdRef));
        }
    }

    [Fact]
    public void Build_GivesByteIdenticalVolumes_WhenRunAgain()
    {
        var again = book.Build(book.FreshPath("novel.epub"));

        Assert.Equal(book.Volumes.Count, again.Outputs.Count);
        for (var i = 0; i < book.Volumes.Count; i++)
        {
            Assert.Equal(File.ReadAllBytes(book.Volumes[i]), File.ReadAllBytes(again.Outputs[i].Path));
        }
    }

    [Fact]
    public void Build_SplitsTheSecondLayoutToo_WithItsOwnNames()
    {
        var output = book.FreshPath("novel.epub");

        var summary = book.Build(output, also: EpubLayout.Translation);

        Assert.Equal(
            ["novel-1.epub", "novel-2.epub", "novel-3.epub", "novel.translation-1.epub", "novel.translation-2.epub", "novel.translation-3.epub"],
            summary.Outputs.Select(o => Path.GetFileName(o.Path)));
        Assert.Equal(ChapterNumbers(summary.Outputs[4].Path), ChapterNumbers(summary.Outputs[1].Path));
    }

    [Fact]
    public void Cli_ListsEveryVolumeWritten()
    {
        var output = book.FreshPath("cli", "novel.epub");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = CliApplication.Run(["build", book.BookDirectory, "-o", output, "--split-every", "10"], stdout, stderr);

        Assert.True(exit == 0, stderr.ToString());
        var wrote = stdout.ToString().Split('\n').Where(l => l.StartsWith("wrote:", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, wrote.Count);
        Assert.All(new[] { "novel-1.epub", "novel-2.epub", "novel-3.epub" }, n => Assert.Contains(wrote, l => l.Contains(n, StringComparison.Ordinal)));
    }

    [Fact]
    public void Cli_WarnsAboutAVolumeLeftFromALargerSet_AndKeepsIt()
    {
        var output = book.FreshPath("leftover", "novel.epub");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        var leftover = Path.Combine(Path.GetDirectoryName(output)!, "novel-4.epub");
        File.WriteAllText(leftover, "from a set split every 7");
        var stderr = new StringWriter();

        var exit = CliApplication.Run(["build", book.BookDirectory, "-o", output, "--split-every", "10"], new StringWriter(), stderr);

        Assert.True(exit == 0, stderr.ToString());
        Assert.Contains("novel-4.epub is left from an earlier set", stderr.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("novel-3.epub", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal("from a set split every 7", File.ReadAllText(leftover));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public void Cli_ExitsTwoAndWritesNothing_WhenSplitEveryIsNotPositive(string value)
    {
        var output = book.FreshPath("bad", "novel.epub");
        var stderr = new StringWriter();

        var exit = CliApplication.Run(["build", book.BookDirectory, "-o", output, "--split-every", value], new StringWriter(), stderr);

        Assert.Equal(2, exit);
        Assert.Contains("--split-every", stderr.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.GetDirectoryName(output)));
    }

    /// <summary>The numbers of the chapters a volume's table of contents lists (in Chinese, or in English only), in order.</summary>
    private static List<int> ChapterNumbers(string epub) =>
        EpubReader.Read(epub).Toc.SelectMany(e => e.SelfAndDescendants())
            .Select(e => ChapterLabel().Match(e.Label))
            .Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();

    private static XDocument Package(string epub) => XDocument.Parse(EntryText(epub, "OEBPS/content.opf"));

    private static string EntryText(string epub, string name)
    {
        using var zip = ZipFile.OpenRead(epub);
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    private static string? Named(XElement metadata, string name) =>
        metadata.Elements(Opf + "meta").Where(m => (string?)m.Attribute("name") == name).Select(m => (string?)m.Attribute("content")).SingleOrDefault();

    [GeneratedRegex(@"^(?:第(\d+)章|Chapter (\d+)\b)")]
    private static partial Regex ChapterLabel();
}
