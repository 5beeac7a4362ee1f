using System.Text.Json;
using Novel.Building;
using Novel.Cli;
using Novel.Epub.Reading;
using Novel.Loading;
using Novel.Tests.Support;

namespace Novel.Tests.EndToEnd;

/// <summary>
/// Book folders and whole-book texts as a crawler damages them — a chapter saved as two pages (HTML and GB18030 text),
/// a chapter saved twice, chapters saved out of order — cleaned by `novel clean` against golden files
/// (`Cases/Crawler/NAME` → `NAME.expected.txt`), with every input line accounted for, and built into a book.
/// </summary>
public class CrawlerDamageTests
{
    public static TheoryData<string, string, int> Cases => new()
    {
        { "paged-html", "Joined:join-page", 1 },
        { "paged-txt", "Joined:join-page", 1 },
        { "duplicates", "Duplicate:duplicate-chapter", 2 },
        { "out-of-order", "Reordered:reorder-by-number", 4 },
        { "whole-book-damaged.txt", "Duplicate:duplicate-chapter", 1 },
        { "whole-book-damaged.txt", "Reordered:reorder-by-number", 2 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Clean_MendsTheDamage_PrintsTheGoldenText_AndAccountsForEveryLine(string name, string mend, int mends)
    {
        using var temp = new TempDirectory();
        var input = Path.Combine(RepoPaths.Cases, "Crawler", name);
        var report = temp.Combine("report.json");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = CliApplication.Run(["clean", input, "--report", report], stdout, stderr);

        Assert.True(exit == 0, stderr.ToString());
        var stem = name.EndsWith(".txt", StringComparison.Ordinal) ? Path.GetFileNameWithoutExtension(name) : name;
        var expected = File.ReadAllText(Path.Combine(RepoPaths.Cases, "Crawler", stem + ".expected.txt")).ReplaceLineEndings("\n");
        var actual = stdout.ToString().ReplaceLineEndings("\n");
        if (expected != actual)
        {
            File.WriteAllText(Path.Combine(RepoPaths.Root, "tests", "Novel.Tests", "Cases", "Crawler", stem + ".actual.txt"), actual);
        }

        Assert.Equal(expected, actual);
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        var events = json.RootElement.GetProperty("events").EnumerateArray()
            .Select(e => e.GetProperty("action").GetString() + ":" + e.GetProperty("rule").GetString())
            .ToList();
        Assert.Equal(mends, events.Count(e => e == mend));
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal(0, summary.GetProperty("unaccounted").GetInt32());
        var textFiles = Directory.Exists(input) ? Directory.GetFiles(input) : [input];
        if (textFiles.All(f => f.EndsWith(".txt", StringComparison.Ordinal)))
        {
            var lines = textFiles.Sum(f => TextDecoder.Decode(File.ReadAllBytes(f), f).ReplaceLineEndings("\n").Split('\n').Count(l => l.Trim().Length > 0));
            Assert.Equal(lines, summary.GetProperty("lines").GetInt32());
        }
    }

    [Fact]
    public void Clean_WarnsOfEachChapterSavedTwiceAndEachChapterMoved()
    {
        var stderr = new StringWriter();

        CliApplication.Run(["clean", Path.Combine(RepoPaths.Cases, "Crawler", "whole-book-damaged.txt")], new StringWriter(), stderr);

        var warnings = stderr.ToString().ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(warnings, w => w.Contains("whole-book-damaged.txt:17: 第三章 绳子 was saved twice", StringComparison.Ordinal));
        Assert.Equal(2, warnings.Count(w => w.Contains("was out of order", StringComparison.Ordinal)));
    }

    [Fact]
    public void Build_JoinsTheTwoPagesOfAChapter_PairsThemWithOneTranslation_AndPassesEpubcheck()
    {
        using var temp = new TempDirectory();
        var book = temp.Combine("book");
        CopyCase("paged-html", book);
        File.WriteAllText(Path.Combine(book, "12.en.md"), """
            # Chapter 12 Night Rain

            The rain began at dusk, a fine layer at first, then whole threads of it.

            Shen He carried the last basket of oranges inside and saw a small pool gathering under the threshold.

            "It won't stop tonight," his mother said from the kitchen. "Go and close the back window."

            He answered, crossed the hall, pushed open the wooden door to the back yard, and saw that the rain had knocked the pomegranate's flowers to the ground, red and white mixed into the mud.

            On the windowsill sat an iron box he had never seen, two words carved on its lid: Do Not Open.

            Shen He stood in the rain a long while, then tucked it into his coat.
            """);
        var output = temp.Combine("out", "book.epub");

        var summary = BookBuilder.Build(new BuildRequest { BookDirectory = book, OutputPath = output });

        Assert.Equal(2, summary.Chapters);
        Assert.Equal(1, summary.Mends.PagesJoined);
        var epub = EpubReader.Read(output);
        Assert.Equal(["第十二章 夜雨", "第十三章 铁盒"], epub.Toc.Select(t => t.Label.Split(" · ")[0]).ToList());
        var blocks = epub.Spine.SelectMany(s => s.Blocks).Where(b => b.Element == "p").ToList();
        var joined = blocks.FindIndex(b => b.Text == "他应了一声，穿过堂屋，推开通往后院的那扇木门，看见院子里的石榴树已经被雨打落了一地的花，红的白的混在泥里。");
        Assert.True(joined >= 0, "the sentence the page break cut is one paragraph again");
        Assert.StartsWith("He answered, crossed the hall", blocks[joined + 1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(blocks, b => b.Text.Contains("下一页", StringComparison.Ordinal) || b.Text.Contains("2/2", StringComparison.Ordinal));
        var check = Epubcheck.Run(output);
        Assert.True(check.IsClean, check.Output);
    }

    [Fact]
    public void Build_PutsChaptersInOrderByNumber_LeavesAMisnumberedOneInPlace_AndWarns()
    {
        using var temp = new TempDirectory();
        var book = temp.Combine("book");
        CopyCase("out-of-order", book);
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = CliApplication.Run(["build", book, "-o", temp.Combine("book.epub")], stdout, stderr);

        Assert.True(exit == 0, stderr.ToString());
        var titles = EpubReader.Read(temp.Combine("book.epub")).Toc.Select(t => t.Label).ToList();
        Assert.Equal(["第1章 塌方", "第2章 井", "第3章 绳子", "第4章 拉绳", "第5章 刻痕", "第6章 名单", "第17章 夜访", "第8章 族谱"], titles);
        Assert.Contains("chapters reordered:   4", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("001.txt:1: 第2章 井 was out of order", stderr.ToString(), StringComparison.Ordinal);
    }

    private static void CopyCase(string name, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Cases, "Crawler", name)))
        {
            File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
        }
    }
}
