using Novel.Cleaning;
using Novel.Loading;
using Novel.Tests.Support;

namespace Novel.Tests.Loading;

public sealed class WholeBookSplitterTests
{
    private const string WebNovel = """
        雾港旧事
        作者：林间

        第一卷 雾起
        第1章 渡口
        　　雨下了一整夜，渡口的灯一直亮着。
        　　陈默把伞收起来，站在栈桥尽头，看着对岸。
        　　“船还来吗？”身后有人问。
        第2章 来客
        　　天亮的时候，船终于靠了岸。
        第二卷 潮落
        　　这一卷写的是十年以后的事。
        第3章 归人
        　　十年后，他又回到了雾港。
        第三卷 尾潮 第4章 灯灭
        　　灯塔在那年冬天熄灭了。
        """;

    [Fact]
    public void Split_GivesChaptersTheirVolume_AndKeepsTheTitlePageApart()
    {
        var result = WholeBookSplitter.Split(WebNovel, "book.txt");

        Assert.Equal(["第1章 渡口", "第2章 来客", "第二卷 潮落", "第3章 归人", "第4章 灯灭"], result.Chapters.Select(c => c.Title));
        Assert.Equal([1, 2, null, 3, 4], result.Chapters.Select(c => c.Number));
        Assert.Equal(["第一卷 雾起", "第一卷 雾起", "第二卷 潮落", "第二卷 潮落", "第三卷 尾潮"], result.Chapters.Select(c => c.Volume));
        Assert.Equal(["雨下了一整夜，渡口的灯一直亮着。", "陈默把伞收起来，站在栈桥尽头，看着对岸。", "“船还来吗？”身后有人问。"], result.Chapters[0].Lines.Select(l => l.Text));
        Assert.Equal(6, result.Chapters[0].Lines[0].Source.Line);
        Assert.Equal(["雾港旧事", "作者：林间"], result.Front!.Lines.Select(l => l.Text));
        Assert.False(result.FrontHasProse);
        Assert.Equal(3, result.Events.Count(e => e.RuleId == "split-volume"));
        Assert.Equal(4, result.Events.Count(e => e.RuleId == "split-title"));
    }

    [Fact]
    public void Split_DoesNotJoinLines_WhenTheTextIsNotHardWrapped()
    {
        var text = string.Join('\n', ["第1章 开始", .. Enumerable.Range(1, 40).Select(i => new string('字', 5 + (i * 7 % 40)) + "。")]);

        var result = WholeBookSplitter.Split(text, "book.txt");

        Assert.Equal(40, result.Chapters.Single().Lines.Count);
        Assert.DoesNotContain(result.Events, e => e.Action == CleaningAction.Joined);
    }

    [Fact]
    public void Split_JoinsHardWrappedLines_WhenParagraphsAreNotIndented()
    {
        var paragraph = string.Concat(Enumerable.Range(0, 100).Select(i => "山" + "水云风雨"[i % 4])) + "。";
        var wrapped = Enumerable.Range(0, 12).SelectMany(_ => paragraph.Chunk(30).Select(c => new string(c)));
        var text = "第1章 开始\n" + string.Join('\n', wrapped);

        var result = WholeBookSplitter.Split(text, "book.txt");

        Assert.Equal(Enumerable.Repeat(paragraph, 12), result.Chapters.Single().Lines.Select(l => l.Text));
    }

    [Theory]
    [InlineData("手机浏览器扫描二维码访问")]
    [InlineData("天才一秒记住本站地址：www.biquge.info。最快更新！无广告！")]
    public void Split_NeverGluesAJunkLineToAParagraphThatEndsAtTheWrapWidth(string junk)
    {
        // Indented paragraphs of exactly three full 30-column lines: the last line of each is full, so by width alone the
        // unindented line after it would continue the paragraph.
        var paragraph = string.Concat(Enumerable.Range(0, 89).Select(i => "山水云风雨"[i % 5])) + "。";
        var lines = new List<string> { "第1章 开始" };
        for (var i = 0; i < 10; i++)
        {
            var wrapped = paragraph.Chunk(30).Select(c => new string(c)).ToList();
            lines.Add("　　" + wrapped[0]);
            lines.AddRange(wrapped.Skip(1));
            if (i % 3 == 2)
            {
                lines.Add(junk);
            }
        }

        var result = WholeBookSplitter.Split(string.Join('\n', lines), "book.txt");

        var kept = result.Chapters.Single().Lines.Select(l => l.Text).ToList();
        Assert.Equal(10, kept.Count(l => l == paragraph));
        Assert.Equal(3, kept.Count(l => l == junk));
    }

    [Fact]
    public void Split_DropsAGutenbergFrame_AndReportsEachLine()
    {
        var text = "The Project Gutenberg EBook of X\n*** START OF THIS PROJECT GUTENBERG EBOOK X ***\n第1章 开始\n正文。\n*** END OF THIS PROJECT GUTENBERG EBOOK X ***\nLicence text\n";

        var result = WholeBookSplitter.Split(text, "pg.txt");

        Assert.Equal("正文。", result.Chapters.Single().Lines.Single().Text);
        Assert.Equal(["gutenberg-header", "gutenberg-header", "gutenberg-footer", "gutenberg-footer"],
            result.Events.Where(e => e.Action == CleaningAction.Removed).Select(e => e.RuleId));
    }

    [Fact]
    public void Split_ReturnsPrefaceAsFrontWithProse()
    {
        var result = WholeBookSplitter.Split("雾港旧事\n这本书写于一个漫长的冬天，献给所有在雾里等船的人。\n序\n序文。\n第1章 开始\n正文。", "book.txt");

        Assert.True(result.FrontHasProse);
        Assert.Equal(2, result.Front!.Lines.Count);
        Assert.Equal(["序", "第1章 开始"], result.Chapters.Select(c => c.Title));
    }

    [Fact]
    public void Split_ReturnsNoChapters_ForEmptyText()
    {
        var result = WholeBookSplitter.Split("", "empty.txt");

        Assert.Empty(result.Chapters);
        Assert.Null(result.Front);
    }
}
