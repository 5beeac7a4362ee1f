using Novel.Cleaning;
using Novel.Loading;
using Novel.Model;

namespace Novel.Tests.Loading;

public class ChapterSequencerTests
{
    [Theory]
    [InlineData("第十二章 夜雨（2/3）", "第十二章 夜雨", 2)]
    [InlineData("第12章 夜雨(第2页)", "第12章 夜雨", 2)]
    [InlineData("第12章 夜雨 第3页", "第12章 夜雨", 3)]
    [InlineData("第12章 夜雨【２】", "第12章 夜雨", 2)]
    public void PageMarker_ReadsThePageAndTheTitleWithoutIt(string title, string baseTitle, int page)
    {
        Assert.Equal((baseTitle, (int?)page), ChapterPageMarker.Read(title));
    }

    [Theory]
    [InlineData("第12章 决战（二）")]
    [InlineData("第12章 夜雨（4/3）")]
    [InlineData("第12章 夜雨")]
    [InlineData("（2）")]
    public void PageMarker_FindsNoPage_InANameOrAnImpossibleMark(string title)
    {
        Assert.Equal((title, (int?)null), ChapterPageMarker.Read(title));
    }

    [Theory]
    [InlineData("book/12_2.html", "book/12.html", 2)]
    [InlineData("book/0012-3.txt", "book/0012-2.txt", 3)]
    [InlineData("book/13.html", "book/12.html", null)]
    [InlineData("book/13_2.html", "book/12.html", null)]
    public void PageMarker_ReadsAPageSuffixOnlyOnThePreviousFilesName(string file, string previous, int? page)
    {
        Assert.Equal(page, ChapterPageMarker.ReadFileName(file, previous));
    }

    [Fact]
    public void Mend_LeavesNumberingThatStartsAgain_AsItIs()
    {
        var chapters = new[] { Chapter("a.txt", "第1章 甲", "一"), Chapter("b.txt", "第2章 乙", "二"), Chapter("c.txt", "第3章 丙", "三"), Chapter("d.txt", "第1章 丁", "四"), Chapter("e.txt", "第2章 戊", "五") };
        var events = new List<CleaningEvent>();

        var mended = ChapterSequencer.Mend(chapters, events);

        Assert.Equal(chapters, mended);
        Assert.Empty(events);
    }

    [Fact]
    public void Mend_OrdersEachVolumeOnItsOwn()
    {
        var chapters = new[]
        {
            Chapter("a.txt", "第2章 甲", "一") with { Volume = "第一卷" }, Chapter("b.txt", "第1章 乙", "二") with { Volume = "第一卷" },
            Chapter("c.txt", "第1章 丙", "三") with { Volume = "第二卷" }, Chapter("d.txt", "第2章 丁", "四") with { Volume = "第二卷" },
        };
        var events = new List<CleaningEvent>();

        var mended = ChapterSequencer.Mend(chapters, events);

        Assert.Equal(["b.txt", "a.txt", "c.txt", "d.txt"], mended.Select(c => c.Source.File));
        Assert.Equal(2, events.Count(e => e.Action == CleaningAction.Reordered));
    }

    [Fact]
    public void Mend_KeepsAnUnnumberedChapterInItsPlace_WhileOrderingTheRest()
    {
        var chapters = new[] { Chapter("0.txt", "楔子", "零"), Chapter("a.txt", "第2章 甲", "一"), Chapter("b.txt", "第1章 乙", "二"), Chapter("z.txt", "番外 丙", "三") };

        var mended = ChapterSequencer.Mend(chapters, new List<CleaningEvent>());

        Assert.Equal(["0.txt", "b.txt", "a.txt", "z.txt"], mended.Select(c => c.Source.File));
    }

    [Fact]
    public void Mend_KeepsTwoChaptersThatShareANumberButNotTheirText()
    {
        var chapters = new[]
        {
            Chapter("a.txt", "第5章 雨", "雨下了一整夜，屋檐下的水缸满了。", "天亮时，院子里一片汪洋。"),
            Chapter("b.txt", "第5章 晴", "太阳出来以后，路上的泥很快干了。", "孩子们又跑到河边去了。"),
        };
        var events = new List<CleaningEvent>();

        var mended = ChapterSequencer.Mend(chapters, events);

        Assert.Equal(2, mended.Count);
        Assert.Empty(events);
    }

    [Fact]
    public void Mend_DoesNotJoinAChapterToTheOneBefore_WithoutAPageMarkOrANextPageNotice()
    {
        var chapters = new[]
        {
            Chapter("a.txt", "第5章 雨", "雨下了一整夜，屋檐下的水缸满了。", "天亮时，院子里一片汪洋。"),
            Chapter("b.txt", "第5章 雨", "太阳出来以后，路上的泥很快干了。", "孩子们又跑到河边去了。"),
        };

        var mended = ChapterSequencer.Mend(chapters, new List<CleaningEvent>());

        Assert.Equal(2, mended.Count);
    }

    [Fact]
    public void Mend_JoinsAPageThatFollowsANextPageNotice_AndDropsItsHeading()
    {
        var chapters = new[]
        {
            Chapter("a.txt", "第5章 雨", "雨下了一整夜，屋檐下的水缸满了。", "天亮时，院子里", "（本章未完，请翻页）"),
            Chapter("b.txt", "第5章 雨", "一片汪洋。", "孩子们又跑到河边去了。"),
        };
        var events = new List<CleaningEvent>();

        var mended = ChapterSequencer.Mend(chapters, events);

        var chapter = Assert.Single(mended);
        Assert.Equal(["雨下了一整夜，屋檐下的水缸满了。", "天亮时，院子里", "（本章未完，请翻页）", "一片汪洋。", "孩子们又跑到河边去了。"], chapter.Lines.Select(l => l.Text));
        var join = Assert.Single(events);
        Assert.Equal(CleaningAction.Joined, join.Action);
        Assert.Equal(new SourceLocation("b.txt", 1), join.Source);
    }

    private static LoadedChapter Chapter(string file, string title, params string[] lines) =>
        new(title, [.. lines.Select((text, i) => new SourceLine(text, new SourceLocation(file, i + 2)))], new SourceLocation(file, 1))
        {
            Number = ChapterTitlePattern.Match(title)?.Number,
        };
}
