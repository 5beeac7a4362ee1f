using System.Globalization;
using System.Security.Cryptography;
using Novel.Building;
using Novel.Model;
using Novel.Tests.Support;

namespace Novel.Tests.Building;

public sealed class ChapterCacheTests
{
    // A line no built-in rule knows, that only the learning of recurring lines can tell is the site's.
    private const string SiteLine = "—— 青竹书斋 雨夜文库 ——";

    [Fact]
    public void Build_WritesTheSameEpub_FromTheCacheAsWithout()
    {
        using var temp = new TempDirectory();
        var book = WriteBook(temp, chaptersWithSiteLine: 6);

        var cold = Build(temp, book);
        Assert.True(File.Exists(Path.Combine(BuildCache.FolderIn(book), "chapters.bin")));
        var warm = Build(temp, book);

        Assert.Equal(cold, warm);
    }

    [Fact]
    public void Rebuild_ShowsTheChangedChapter_AndMatchesAFreshBuild()
    {
        using var temp = new TempDirectory();
        var book = WriteBook(temp, chaptersWithSiteLine: 6);
        Build(temp, book);

        var fourth = Path.Combine(book, "0004.txt");
        File.WriteAllText(fourth, File.ReadAllText(fourth).Replace(SiteLine, "林舟合上了笔记本，窗外的雨终于停了。", StringComparison.Ordinal));
        var rebuilt = Build(temp, book);
        var chapter = BookAssembler.Assemble(book).Book.Chapters[3];
        Directory.Delete(BuildCache.FolderIn(book), recursive: true);
        var fresh = Build(temp, book);

        Assert.Equal("林舟合上了笔记本，窗外的雨终于停了。", OriginalText(chapter.Pairs[^1]));
        Assert.Equal(fresh, rebuilt);
    }

    [Fact]
    public void Rebuild_CleansUnchangedChaptersAgain_WhenTheLearnedLinesChange()
    {
        using var temp = new TempDirectory();
        var book = WriteBook(temp, chaptersWithSiteLine: 2);
        var before = BookAssembler.Assemble(book).Book;
        Assert.Contains(Originals(before.Chapters[1]), p => p.Text == SiteLine);

        // A third chapter with the line makes it recurring: the two unchanged chapters lose it too.
        var third = Path.Combine(book, "0003.txt");
        File.AppendAllText(third, SiteLine + "\n");
        var rebuilt = BookAssembler.Assemble(book).Book;
        var rebuiltBytes = Build(temp, book);
        Directory.Delete(BuildCache.FolderIn(book), recursive: true);

        Assert.DoesNotContain(rebuilt.Chapters.SelectMany(Originals), p => p.Text == SiteLine);
        Assert.Equal(Build(temp, book), rebuiltBytes);
    }

    [Fact]
    public void Build_WritesTheSameEpub_WhenTheCacheIsCorrupt()
    {
        using var temp = new TempDirectory();
        var book = WriteBook(temp, chaptersWithSiteLine: 6);
        var cold = Build(temp, book);
        var file = Path.Combine(BuildCache.FolderIn(book), "chapters.bin");
        var bytes = File.ReadAllBytes(file);

        // Cut short, then garbled in the middle (the keys stay, the records behind them do not).
        File.WriteAllBytes(file, bytes[..(bytes.Length / 2)]);
        var truncated = Build(temp, book);
        for (var i = bytes.Length / 3; i < bytes.Length / 3 + 64; i++)
        {
            bytes[i] ^= 0x5A;
        }

        File.WriteAllBytes(file, bytes);
        var garbled = Build(temp, book);

        Assert.Equal(cold, truncated);
        Assert.Equal(cold, garbled);
    }

    private static string WriteBook(TempDirectory temp, int chaptersWithSiteLine)
    {
        var book = temp.Combine("book");
        Directory.CreateDirectory(book);
        File.WriteAllText(Path.Combine(book, "book.yml"), "title: 青竹\nauthor: 测试\nlang: zh\n");
        for (var n = 1; n <= 8; n++)
        {
            var lines = new List<string> { string.Create(CultureInfo.InvariantCulture, $"第{n}章 雨夜") };
            for (var p = 1; p <= 5; p++)
            {
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"第{n}章的第{p}段：林舟推开实验室的门，服务器又一次崩溃了，他叹了口气。"));
            }

            if (n <= chaptersWithSiteLine)
            {
                lines.Add(SiteLine);
            }

            File.WriteAllLines(Path.Combine(book, string.Create(CultureInfo.InvariantCulture, $"{n:0000}.txt")), lines);
        }

        File.WriteAllText(Path.Combine(book, "0001.en.md"), "# Chapter 1 Rainy Night\n\n" + string.Join("\n\n", Enumerable.Range(1, 5).Select(p => $"Paragraph {p}: Lin Zhou pushed open the lab door; the server had crashed again.")) + "\n");
        return book;
    }

    private static string OriginalText(ParagraphPair pair) => string.Concat(pair.Original.Select(p => p.Text));

    private static IEnumerable<Paragraph> Originals(Chapter chapter) => chapter.Pairs.SelectMany(p => p.Original);

    private static string Build(TempDirectory temp, string book)
    {
        var output = temp.Combine("out.epub");
        BookBuilder.Build(new BuildRequest { BookDirectory = book, OutputPath = output, SourceDateEpoch = "1700000000" });
        return Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(output)));
    }
}
