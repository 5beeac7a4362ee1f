using System.Text;
using Novel.Loading;
using Novel.Tests.Support;

namespace Novel.Tests.Loading;

public sealed class HtmlChapterLoaderTests
{
    public static TheoryData<string> Pages => new(Directory.GetFiles(Path.Combine(RepoPaths.Cases, "Loading"), "*.html").Select(Path.GetFileNameWithoutExtension).Order()!);

    [Theory]
    [MemberData(nameof(Pages))]
    public void Load_MatchesTheGoldenOutput(string name)
    {
        var path = Path.Combine(RepoPaths.Cases, "Loading", name + ".html");
        var expected = File.ReadAllText(Path.ChangeExtension(path, ".expected.txt"));

        var chapter = HtmlChapterLoader.Load(path);

        var actual = string.Join('\n', [chapter.Title ?? "(no title)", .. chapter.Lines.Select(l => l.Text)]) + "\n";
        if (actual != expected)
        {
            File.WriteAllText(Path.Combine(RepoPaths.Root, "tests", "Novel.Tests", "Cases", "Loading", name + ".actual.txt"), actual);
        }

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Load_NumbersLinesByWhereTheirTextStandsInTheSource()
    {
        var path = Path.Combine(RepoPaths.Cases, "Loading", "biquge-br.html");
        var source = File.ReadAllLines(path);

        var chapter = HtmlChapterLoader.Load(path);

        Assert.All(chapter.Lines, line => Assert.Contains(line.Text[..6], source[line.Source.Line - 1], StringComparison.Ordinal));
        Assert.Equal(chapter.Lines.Select(l => l.Source.Line).Order(), chapter.Lines.Select(l => l.Source.Line));
    }

    [Fact]
    public void Load_ReportsTheBlocksItRemovesFromTheContent()
    {
        var path = Path.Combine(RepoPaths.Cases, "Loading", "utf8-says-gbk.html");
        var events = new List<Novel.Cleaning.CleaningEvent>();

        HtmlChapterLoader.Load(File.ReadAllBytes(path), path, events);

        var removed = Assert.Single(events);
        Assert.Equal(("html-noise", "网友评论：好看！", "div.comment-box", 17), (removed.RuleId, removed.Text, removed.Detail, removed.Source.Line));
    }

    [Fact]
    public void Load_TakesTheNumberFromTheHeading()
    {
        var chapter = HtmlChapterLoader.Load(Path.Combine(RepoPaths.Cases, "Loading", "gbk-meta.html"));

        Assert.Equal(105, chapter.Number);
    }

    [Fact]
    public void FromHtml_FallsBackToTheDocumentTitle_WhenThereIsNoHeading()
    {
        var html = "<html><head><title>第9章 夜航_某某小说网</title></head><body><div id=\"content\">第一段文字，写得足够长。<br/>第二段文字，也写得足够长。</div></body></html>";

        var chapter = HtmlChapterLoader.FromHtml(html, "0009.html");

        Assert.Equal("第9章 夜航", chapter.Title);
        Assert.Equal(["第一段文字，写得足够长。", "第二段文字，也写得足够长。"], chapter.Lines.Select(l => l.Text));
    }

    [Fact]
    public void Load_NamesTheFile_WhenThePageHasNoText()
    {
        var e = Assert.Throws<NovelInputException>(() => HtmlChapterLoader.Load(Encoding.UTF8.GetBytes("<html><body><script>x()</script></body></html>"), "empty.html"));

        Assert.Equal("empty.html", e.File);
    }
}
