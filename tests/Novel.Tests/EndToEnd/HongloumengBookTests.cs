using System.Globalization;
using Novel.Building;
using Novel.Tests.Support;

namespace Novel.Tests.EndToEnd;

/// <summary>
/// The public-domain 《紅樓夢》 with Joly's 1892 translation of chapters 1-56, built as a user would: the whole-book
/// text and the two whole-book translations dropped into one folder.
/// </summary>
public class HongloumengBookTests(ITestOutputHelper output)
{
    [Fact]
    public void Build_PairsEveryTranslatedChapter_ReportsTheMisaligned_AndPassesEpubcheck()
    {
        var corpus = RepoPaths.HongloumengOrSkip();
        using var temp = new TempDirectory();
        var book = temp.Combine("hongloumeng");
        Directory.CreateDirectory(book);
        File.Copy(Path.Combine(corpus, "zh-24264.txt"), Path.Combine(book, "hongloumeng.txt"));
        File.Copy(Path.Combine(corpus, "en-joly-9603.txt"), Path.Combine(book, "joly-1.en.txt"));
        File.Copy(Path.Combine(corpus, "en-joly-9604.txt"), Path.Combine(book, "joly-2.en.txt"));
        File.WriteAllText(Path.Combine(book, "book.yml"), "title: 紅樓夢\ntranslated-title: Hung Lou Meng\nauthor: 曹雪芹\ntranslator: H. Bencraft Joly\nlang: zh-Hant\n");
        var epub = temp.Combine("hongloumeng.epub");

        var assembled = BookAssembler.Assemble(book);
        var summary = BookBuilder.Build(new BuildRequest { BookDirectory = book, OutputPath = epub });

        Assert.Equal(120, summary.Chapters);
        var translated = assembled.Chapters.Where(c => c.Pairing is not null).ToList();
        Assert.Equal(Enumerable.Range(1, 56), translated.Select(c => c.Chapter.Number));
        Assert.All(translated, c => Assert.Contains(c.Chapter.Pairs, p => p.Original.Count > 0 && p.Translation.Count > 0));
        Assert.All(assembled.Chapters.Where(c => c.Chapter.Number > 56), c => Assert.Null(c.Pairing));

        // No chapter is left misaligned without being reported.
        var misaligned = translated.Where(c => c.Misaligned).Select(c => c.Chapter.Title).ToList();
        Assert.Equal(misaligned.Count, summary.MisalignedChapters.Count);
        Assert.All(misaligned, title => Assert.Contains(summary.MisalignedChapters, line => line.Contains(title, StringComparison.Ordinal)));

        var check = Epubcheck.Run(epub);
        Assert.True(check.IsClean, check.Output);

        PrintConfidence(translated);
    }

    private void PrintConfidence(IReadOnlyList<AssembledChapter> chapters)
    {
        var beads = chapters.SelectMany(c => c.Chapter.Pairs).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{chapters.Count} chapters, {beads.Count} beads, {chapters.Count(c => c.Misaligned)} chapters reported misaligned"));
        foreach (var (low, high) in new[] { (0.0, 0.3), (0.3, 0.5), (0.5, 0.7), (0.7, 0.9), (0.9, 1.01) })
        {
            var count = beads.Count(b => b.Confidence >= low && b.Confidence < high);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"confidence {low:F1}-{Math.Min(high, 1.0):F1}: {count,6} beads ({100.0 * count / beads.Count,5:F1}%)"));
        }
    }
}
