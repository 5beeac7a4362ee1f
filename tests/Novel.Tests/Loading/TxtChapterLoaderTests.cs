using System.Text;
using Novel.Loading;
using Novel.Tests.Support;

namespace Novel.Tests.Loading;

public sealed class TxtChapterLoaderTests
{
    [Fact]
    public void Load_KeepsNonEmptyLinesWithTheirLineNumbers_ForTheSampleChapter()
    {
        var path = Path.Combine(RepoPaths.Chapters, "0001.txt");
        var raw = File.ReadAllLines(path);

        var chapter = TxtChapterLoader.Load(path);

        var expected = raw.Select((text, i) => (Text: text.Trim(), Line: i + 1)).Where(l => l.Text.Length > 0).ToList();
        Assert.Equal(expected.Select(l => l.Text), chapter.Lines.Select(l => l.Text));
        Assert.Equal(expected.Select(l => l.Line), chapter.Lines.Select(l => l.Source.Line));
        Assert.Equal(1, chapter.Number);
        Assert.All(chapter.Lines, l => Assert.Equal(path, l.Source.File));
    }

    [Fact]
    public void FromText_TakesTheTitleLine_AndTrimsFullWidthAndEntityIndentation()
    {
        var text = "\r\n第十二章　夜渡\r\n\u3000\u3000雨下了一整夜。\r&nbsp;&nbsp;&nbsp;&nbsp;他站在渡口，没有说话。\n&#12288;&#12288;船来了。\u2028  \u3000\n最后一行";

        var chapter = TxtChapterLoader.FromText(text, "0007.txt");

        Assert.Equal("第十二章　夜渡", chapter.Title);
        Assert.Equal(12, chapter.Number);
        Assert.Equal(2, chapter.Source.Line);
        Assert.Equal(["雨下了一整夜。", "他站在渡口，没有说话。", "船来了。", "最后一行"], chapter.Lines.Select(l => l.Text));
        Assert.Equal([3, 4, 5, 7], chapter.Lines.Select(l => l.Source.Line));
    }

    [Fact]
    public void FromText_TakesTheNumberFromTheFileName_WhenThereIsNoTitleLine()
    {
        var chapter = TxtChapterLoader.FromText("第四回中既將薛家母子在榮府內寄居等事略已表明。\n下一行", "0004 葫芦案.txt");

        Assert.Null(chapter.Title);
        Assert.Equal(4, chapter.Number);
        Assert.Equal(2, chapter.Lines.Count);
    }

    [Fact]
    public void Load_ReadsAGbkFile()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("0003.txt");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(path, Encoding.GetEncoding("gbk").GetBytes("楔子\n　　那年冬天，雪下得很大。\n"));

        var chapter = TxtChapterLoader.Load(path);

        Assert.Equal("楔子", chapter.Title);
        Assert.Null(ChapterTitlePattern.Match(chapter.Title!)!.Number);
        Assert.Equal(3, chapter.Number);
        Assert.Equal("那年冬天，雪下得很大。", Assert.Single(chapter.Lines).Text);
    }

    [Fact]
    public void Load_NamesTheFile_WhenItIsMissing()
    {
        var e = Assert.Throws<NovelInputException>(() => TxtChapterLoader.Load("/nonexistent/0001.txt"));

        Assert.Equal("/nonexistent/0001.txt", e.File);
    }
}
