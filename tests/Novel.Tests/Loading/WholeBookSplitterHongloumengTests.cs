using Novel.Cleaning;
using Novel.Loading;
using Novel.Tests.Support;

namespace Novel.Tests.Loading;

/// <summary>The whole-book splitter on 《紅樓夢》 (PG #24264): 120 回, hard-wrapped, with every heading quirk the README lists.</summary>
public sealed class WholeBookSplitterHongloumengTests
{
    private static readonly Lazy<(SplitResult Result, string[] Lines, string Path)> Book = new(() =>
    {
        var path = Path.Combine(RepoPaths.HongloumengOrSkip(), "zh-24264.txt");
        var text = TextDecoder.Decode(File.ReadAllBytes(path), path);
        return (WholeBookSplitter.Split(text, path), File.ReadAllLines(path), path);
    });

    private static SplitResult Result
    {
        get
        {
            RepoPaths.HongloumengOrSkip();
            return Book.Value.Result;
        }
    }

    [Fact]
    public void Split_FindsExactly120ChaptersNumberedInOrder()
    {
        Assert.Equal(Enumerable.Range(1, 120).Select(n => (int?)n), Result.Chapters.Select(c => c.Number));
        Assert.Null(Result.Front);
    }

    [Theory]
    [InlineData(1, "第一回　甄士隱夢幻識通靈　賈雨村風塵怀閨秀")]
    [InlineData(3, "第三回　賈雨村夤緣复舊職　林黛玉拋父進京都")]
    [InlineData(5, "第五回　游幻境指迷十二釵　飲仙醪曲演紅樓夢")]
    [InlineData(10, "第十回　金寡婦貪利權受辱　張太醫論病細窮源")]
    [InlineData(11, "第十一回　慶壽辰宁府排家宴　見熙鳳賈瑞起淫心")]
    [InlineData(31, "第三十一回　撕扇子作千金一笑　因麒麟伏白首雙星")]
    [InlineData(45, "第四十五回　金蘭契互剖金蘭語　風雨夕悶制風雨詞")]
    [InlineData(100, "第一零零回　破好事香菱結深恨　悲遠嫁寶玉感离情")]
    [InlineData(104, "第一零四回　醉金剛小鰍生大浪　痴公子余痛触前情")]
    [InlineData(120, "第一二零回　甄士隱詳說太虛情　賈雨村歸結紅樓夢")]
    public void Split_GivesEachChapterItsFullTitle(int number, string title) =>
        Assert.Equal(title, Result.Chapters[number - 1].Title);

    [Fact]
    public void Split_CountsChapter45sRepeatedHeadingOnce()
    {
        var chapter = Result.Chapters[44];

        Assert.StartsWith("話說鳳姐儿正撫恤平儿，忽見眾姊妹進來", chapter.Lines[0].Text, StringComparison.Ordinal);
        Assert.Single(Result.Events, e => e.RuleId == "split-repeated-heading");
    }

    [Fact]
    public void Split_KeepsBodyLinesThatStartLikeHeadingsInTheirChapter()
    {
        var chapter5 = Result.Chapters[4];

        Assert.StartsWith("第四回中既將薛家母子在榮府內寄居等事略已表明，此回則暫不能寫矣．如今且說林黛玉", chapter5.Lines[0].Text, StringComparison.Ordinal);
        Assert.Contains(Result.Chapters[40].Lines, l => l.Text.Contains("第二回了．你怎么嘗不出來？", StringComparison.Ordinal));
    }

    [Fact]
    public void Split_RejoinsHardWrappedParagraphs()
    {
        var first = Result.Chapters[0].Lines[0].Text;

        Assert.StartsWith("此開卷第一回也．作者自云：因曾歷過一番夢幻之后，故將真事隱去，而借\"通靈\"之說", first, StringComparison.Ordinal);
        Assert.EndsWith("\"故曰\"賈雨村\"云云．", first, StringComparison.Ordinal);
        Assert.StartsWith("話說襲人見了自己吐的鮮血在地，也就冷了半截", Result.Chapters[30].Lines[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("話說賈雨村剛欲過渡，見有人飛奔而來", Result.Chapters[103].Lines[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_EndsNoParagraphMidSentenceWhereTheNextSourceLineContinuesIt()
    {
        var source = Book.Value.Lines;
        var failures = new List<string>();
        foreach (var chapter in Result.Chapters)
        {
            for (var i = 0; i + 1 < chapter.Lines.Count; i++)
            {
                var text = chapter.Lines[i].Text;
                var nextLine = chapter.Lines[i + 1].Source.Line;
                var continuesInSource = !source[nextLine - 1].StartsWith('\u3000') && source[nextLine - 2].Trim().Length > 0;
                if (IsIdeograph(text[^1]) && continuesInSource)
                {
                    failures.Add($"{chapter.Lines[i].Source}: …{text[^12..]} | {source[nextLine - 1]}");
                }
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void Split_LosesNoText()
    {
        static int Ideographs(string s) => s.Count(IsIdeograph);
        var source = Book.Value.Lines.Sum(Ideographs);
        var kept = Result.Chapters.Sum(c => Ideographs(c.Title!) + c.Lines.Sum(l => Ideographs(l.Text)));
        var repeated = Result.Events.Where(e => e.Action == CleaningAction.Removed).Sum(e => Ideographs(e.Text));

        Assert.Equal(source, kept + repeated);
    }

    [Fact]
    public void Split_ReportsEverySplitAndJoin()
    {
        Assert.Equal(120, Result.Events.Count(e => e.Action == CleaningAction.ChapterSplit && e.RuleId == "split-title"));
        Assert.Equal(9, Result.Events.Count(e => e.RuleId == "split-title-after-rule"));
        Assert.True(Result.Events.Count(e => e.RuleId == "join-hard-wrap") > 20_000);
        Assert.All(Result.Events, e => Assert.Equal(Book.Value.Path, e.Source.File));
    }

    private static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
