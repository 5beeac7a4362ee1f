using System.Diagnostics;
using Novel.Cleaning;
using Novel.Loading;
using Novel.Model;

namespace Novel.Tests.Cleaning;

public sealed class CleanBookTests
{
    private const string SiteLine = "七七书屋祝您阅读愉快，永久地址请牢记";

    [Fact]
    public void CleanBook_RemovesALineRecurringAtManyChapterEnds_ThatNoRuleNames()
    {
        var chapters = Enumerable.Range(1, 10).Select(i => Chapter(i, tail: SiteLine)).ToList();

        var cleaned = new BoilerplateCleaner().CleanBook(chapters);

        Assert.All(cleaned, c => Assert.DoesNotContain(c.Paragraphs, p => p.Text == SiteLine));
        Assert.All(cleaned, c => Assert.Contains(c.Events, e => e.Action == CleaningAction.Removed && e.RuleId == "learned-recurring" && e.Text == SiteLine));
        Assert.All(cleaned, c => Assert.Equal(4, c.Paragraphs.Count));
    }

    [Fact]
    public void CleanBook_CountsCopiesWithAndWithoutAWatermarkAsOneRecurringLine()
    {
        // Two plain copies and two stamped ones in ten chapters: neither alone reaches the threshold of three; together they do.
        const string bookLine = "重生之算力帝国 全本免费阅读";
        var chapters = Enumerable.Range(1, 10)
            .Select(i => Chapter(i, tail: null))
            .Select((c, i) => i >= 4 ? c : c with
            {
                Lines = [new SourceLine(i % 2 == 0 ? bookLine : bookLine + " ｗｗｗ．ｂｉｑｕｇｅ．ｃｏｍ", new SourceLocation(c.Source.File, 0)), .. c.Lines],
            })
            .ToList();

        var cleaned = new BoilerplateCleaner().CleanBook(chapters);

        Assert.All(cleaned, c => Assert.Equal(4, c.Paragraphs.Count));
        Assert.Equal(4, cleaned.Count(c => c.Events.Any(e => e.Action == CleaningAction.Removed && e.RuleId == "learned-recurring")));
    }

    [Fact]
    public void CleanBook_KeepsAStoryPhraseRecurringInOnlyTwoChapters()
    {
        const string phrase = "夜色渐深，城里的灯一盏盏灭了。";
        var chapters = Enumerable.Range(1, 10).Select(i => Chapter(i, tail: i is 3 or 7 ? phrase : null)).ToList();

        var cleaned = new BoilerplateCleaner().CleanBook(chapters);

        Assert.Equal(2, cleaned.Count(c => c.Paragraphs.Any(p => p.Text == phrase)));
        Assert.DoesNotContain(cleaned.SelectMany(c => c.Events), e => e.RuleId == "learned-recurring");
    }

    [Fact]
    public void Clean_OfOneChapter_LearnsNothing_AndLearningCanBeTurnedOff()
    {
        var chapters = Enumerable.Range(1, 10).Select(i => Chapter(i, tail: SiteLine)).ToList();

        Assert.Contains(new BoilerplateCleaner().Clean(chapters[0]).Paragraphs, p => p.Text == SiteLine);
        var off = new BoilerplateCleaner(CleaningRuleSet.Default, CleaningOptions.Default with { LearnRecurringLines = false });
        Assert.All(off.CleanBook(chapters), c => Assert.Contains(c.Paragraphs, p => p.Text == SiteLine));
    }

    [Fact]
    public void CleanBook_InParallel_GivesTheSameResultAsCleaningEachChapterAlone()
    {
        var book = LabelledBook(copies: 40);
        var cleaner = new BoilerplateCleaner(CleaningRuleSet.Default, CleaningOptions.Default with { LearnRecurringLines = false });

        var together = cleaner.CleanBook(book);

        Assert.Equal(book.Count, together.Count);
        for (var i = 0; i < book.Count; i++)
        {
            var alone = cleaner.Clean(book[i]);
            Assert.Same(book[i], together[i].Source);
            Assert.Equal(alone.Paragraphs.Select(p => (p.Text, p.Source, p.Role)), together[i].Paragraphs.Select(p => (p.Text, p.Source, p.Role)));
            Assert.Equal(alone.Events, together[i].Events);
        }
    }

    private static LoadedChapter Chapter(int number, string? tail)
    {
        var file = $"{number:D4}.txt";
        var texts = new List<string>
        {
            $"第{number}章 第{number}个早晨",
            $"他在第{number}天的早上醒来，窗外的雨下了整整{number + 3}个时辰。",
            $"“今天是第{number}天了。”她说，声音里带着{number}分疲惫。",
            $"他们把第{number}箱货搬上车，往城东去了。",
        };
        if (tail is not null)
        {
            texts.Add(tail);
        }

        return new LoadedChapter(null, [.. texts.Select((t, i) => new SourceLine(t, new SourceLocation(file, i + 1)))], new SourceLocation(file, 0));
    }

    internal static List<LoadedChapter> LabelledBook(int copies)
    {
        var originals = CleaningCases.Names().Select(n => CaseChapterReader.Read(CleaningCases.InputPath(n))).ToList();
        var book = new List<LoadedChapter>(originals.Count * copies);
        for (var copy = 0; copy < copies; copy++)
        {
            foreach (var original in originals)
            {
                var file = $"{copy:D5}-{original.Source.File}";
                book.Add(original with
                {
                    Lines = [.. original.Lines.Select(l => l with { Source = new SourceLocation(file, l.Source.Line) })],
                    Source = new SourceLocation(file, 0),
                });
            }
        }

        return book;
    }
}
