using System.Text;
using Novel.Loading;
using Novel.Tests.Support;

namespace Novel.Tests.Loading;

public sealed class ChapterLoaderTests
{
    [Fact]
    public void FindChapterFiles_ListsChaptersInNaturalOrder_AndSkipsEverythingElse()
    {
        using var dir = new TempDirectory();
        foreach (var name in new[] { "10.txt", "2.txt", "1.html", "0003 重逢.htm", "2.en.md", "10.en.md", "book.yml", "preface.md", "cover.jpg", ".hidden.txt", "README.txt" })
        {
            File.WriteAllText(dir.Combine(name), "第1章 测试\n正文。");
        }

        var files = ChapterLoader.FindChapterFiles(dir.Path).Select(Path.GetFileName);

        Assert.Equal(["1.html", "2.txt", "0003 重逢.htm", "10.txt"], files);
    }

    [Fact]
    public void FindChapterFiles_FindsTheSampleBook()
    {
        var files = ChapterLoader.FindChapterFiles(RepoPaths.Chapters);

        Assert.Contains(Path.Combine(RepoPaths.Chapters, "0001.txt"), files);
    }

    [Fact]
    public void Load_DispatchesOnTheExtension()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("0004.txt"), "第四章 风\n　　起风了。");
        File.WriteAllBytes(dir.Combine("0005.html"), Encoding.UTF8.GetBytes("<html><body><h1>第五章 雨</h1><div id=\"content\">　　下雨了，街上没有人。<br>　　他撑着伞走回家。</div></body></html>"));

        var txt = ChapterLoader.Load(dir.Combine("0004.txt"));
        var html = ChapterLoader.Load(dir.Combine("0005.html"));

        Assert.Equal(("第四章 风", 4, "起风了。"), (txt.Title, txt.Number!.Value, txt.Lines.Single().Text));
        Assert.Equal(("第五章 雨", 5), (html.Title, html.Number!.Value));
        Assert.Equal(["下雨了，街上没有人。", "他撑着伞走回家。"], html.Lines.Select(l => l.Text));
    }

    [Fact]
    public void Load_RefusesOtherExtensions_NamingTheFile()
    {
        var e = Assert.Throws<NovelInputException>(() => ChapterLoader.Load("book/cover.jpg"));

        Assert.Equal("book/cover.jpg", e.File);
    }

    [Fact]
    public void FindChapterFiles_NamesTheFolder_WhenItIsMissing()
    {
        var e = Assert.Throws<NovelInputException>(() => ChapterLoader.FindChapterFiles("/nonexistent/book"));

        Assert.Equal("/nonexistent/book", e.File);
    }
}
