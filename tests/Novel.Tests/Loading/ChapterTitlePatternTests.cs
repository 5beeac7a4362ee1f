using Novel.Loading;

namespace Novel.Tests.Loading;

public sealed class ChapterTitlePatternTests
{
    [Theory]
    [InlineData("第1章 残差", TitleKind.Chapter, 1, "第1章 残差")]
    [InlineData("第１２章　重逢", TitleKind.Chapter, 12, "第１２章　重逢")]
    [InlineData("第一百零五章：归来", TitleKind.Chapter, 105, "第一百零五章：归来")]
    [InlineData("第十二章", TitleKind.Chapter, 12, "第十二章")]
    [InlineData("第3章残差", TitleKind.Chapter, 3, "第3章残差")]
    [InlineData("第二回　　賈夫人仙逝揚州城　冷子興演說榮國府", TitleKind.Chapter, 2, "第二回　賈夫人仙逝揚州城　冷子興演說榮國府")]
    [InlineData("第一零零回　　 破好事香菱結深恨　悲遠嫁寶玉感离情", TitleKind.Chapter, 100, "第一零零回　破好事香菱結深恨　悲遠嫁寶玉感离情")]
    [InlineData("第五回", TitleKind.Chapter, 5, "第五回")]
    [InlineData("  第10章 来吧，战斗！", TitleKind.Chapter, 10, "第10章 来吧，战斗！")]
    [InlineData("第三节 夜雨", TitleKind.Chapter, 3, "第三节 夜雨")]
    [InlineData("第一卷 风起青萍", TitleKind.Volume, 1, "第一卷 风起青萍")]
    [InlineData("第二部　归途", TitleKind.Volume, 2, "第二部　归途")]
    public void Match_RecognisesNumberedTitles(string line, TitleKind kind, int number, string text)
    {
        var title = ChapterTitlePattern.Match(line);

        Assert.NotNull(title);
        Assert.Equal(kind, title.Kind);
        Assert.Equal(number, title.Number);
        Assert.Equal(text, title.Text);
    }

    [Theory]
    [InlineData("序章 少年", "序章 少年")]
    [InlineData("楔子", "楔子")]
    [InlineData("引子：旧事", "引子：旧事")]
    [InlineData("序言", "序言")]
    [InlineData("番外一 雪夜", "番外一 雪夜")]
    [InlineData("番外篇：归乡", "番外篇：归乡")]
    [InlineData("尾声", "尾声")]
    [InlineData("后记", "后记")]
    public void Match_RecognisesUnnumberedTitles(string line, string text)
    {
        var title = ChapterTitlePattern.Match(line);

        Assert.NotNull(title);
        Assert.Equal(TitleKind.Special, title.Kind);
        Assert.Null(title.Number);
        Assert.Equal(text, title.Text);
    }

    [Theory]
    [InlineData("第四回中既將薛家母子在榮府內寄居等事略已表明，此回則暫不能寫矣．如")]
    [InlineData("第二回了．你怎么嘗不出來？隔年蠲的雨水那有這樣輕浮，")]
    [InlineData("第三部分的内容比较难懂")]
    [InlineData("第三部分")]
    [InlineData("第二。”李紈道：“怡紅公子是壓尾，你服不服？\"寶玉道：")]
    [InlineData("第一個才子．我們是糊涂人，不如你明白，何如？")]
    [InlineData("第二天拿話去探賈政，被賈政痛罵了一頓．")]
    [InlineData("第三章 他终于明白了自己的处境，于是转身离开了这座城市，再也没有回来过。")]
    [InlineData("第5章里他说过这句话。")]
    [InlineData("序言中作者写道，此书乃十年心血。")]
    [InlineData("尾声里的那场雪")]
    [InlineData("后来他们都走了。")]
    [InlineData("前面的路还很长")]
    [InlineData("")]
    public void Match_RefusesBodyLinesThatStartLikeTitles(string line) => Assert.Null(ChapterTitlePattern.Match(line));

    [Theory]
    [InlineData("第一卷 风起 第一章 开端", "第一卷 风起")]
    [InlineData("第二卷　第十一章　归人", "第二卷")]
    public void Match_ReadsAVolumeAndChapterOnOneLine_AsTheChapterWithItsVolume(string line, string volume)
    {
        var title = ChapterTitlePattern.Match(line);

        Assert.NotNull(title);
        Assert.Equal(TitleKind.Chapter, title.Kind);
        Assert.Equal(volume, title.Volume);
        Assert.StartsWith("第", title.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("卷", title.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CHAPTER I.", 1, "CHAPTER I.")]
    [InlineData("CHAPTER XXVII", 27, "CHAPTER XXVII")]
    [InlineData("Chapter 12: The Ferry", 12, "Chapter 12: The Ferry")]
    [InlineData("CHAPTER XLIV.", 44, "CHAPTER XLIV.")]
    public void Match_RecognisesEnglishChapterHeadings(string line, int number, string text)
    {
        var title = ChapterTitlePattern.Match(line);

        Assert.NotNull(title);
        Assert.Equal((TitleKind.Chapter, number, text), (title.Kind, title.Number!.Value, title.Text));
    }

    [Theory]
    [InlineData("Chapter 3 of the book tells how the stone came to be.")]
    [InlineData("Chapters I and II are the prologue.")]
    [InlineData("CHAPTERS")]
    public void Match_RefusesEnglishSentencesThatStartWithChapter(string line) => Assert.Null(ChapterTitlePattern.Match(line));

    [Fact]
    public void Match_SplitsStoryTextOffTheTitleLine_WhenAHardWrapPutItThere()
    {
        var title = ChapterTitlePattern.Match("第一零四回　　醉金剛小鰍生大浪　痴公子余痛触前情 話說賈雨村剛欲過渡，");

        Assert.NotNull(title);
        Assert.Equal("第一零四回　醉金剛小鰍生大浪　痴公子余痛触前情", title.Text);
        Assert.Equal("話說賈雨村剛欲過渡，", title.Spill);
    }

    [Fact]
    public void Match_SplitsALoneOpeningCharacterOffTheTitleLine()
    {
        var title = ChapterTitlePattern.Match("第三十一回　 撕扇子作千金一笑　因麒麟伏白首雙星　話");

        Assert.NotNull(title);
        Assert.Equal("第三十一回　撕扇子作千金一笑　因麒麟伏白首雙星", title.Text);
        Assert.Equal("話", title.Spill);
    }
}
