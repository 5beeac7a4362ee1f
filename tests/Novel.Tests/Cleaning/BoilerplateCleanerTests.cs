using Novel.Cleaning;
using Novel.Model;

namespace Novel.Tests.Cleaning;

public sealed class BoilerplateCleanerTests
{
    private static CleanedChapter Clean(string text, CleaningOptions? options = null) =>
        new BoilerplateCleaner(CleaningRuleSet.Default, options ?? CleaningOptions.Default).Clean(CaseChapterReader.FromText(text, "t.txt"));

    private static string[] Texts(CleanedChapter chapter) => [.. chapter.Paragraphs.Select(p => p.Text)];

    [Theory]
    [InlineData("天才一秒记住本站地址：www.biquge.info")]
    [InlineData("一秒记住【笔趣阁 www.biquge.info】，精彩无弹窗免费阅读！")]
    [InlineData("请记住本书首发域名：biquge.la。手机版阅读网址：m.biquge.la")]
    [InlineData("记住手机版网址：m.biquge.la")]
    [InlineData("请收藏本站：https://www.biquge.la")]
    [InlineData("最新章节地址：https://www.69shu.com/book/1.htm")]
    [InlineData("txt下载地址：https://www.69shu.com/down/1.htm")]
    [InlineData("如果你喜欢本站一定要记住网址哦")]
    [InlineData("本站域名已经更换为www.xbiquge.so，请牢记！")]
    [InlineData("本章未完，请点击下一页继续阅读")]
    [InlineData("（本章未完，请翻页）")]
    [InlineData("小主，这个章节后面还有哦，请点击下一页继续阅读，后面更精彩！")]
    [InlineData("(本章完)")]
    [InlineData("(未完待续。)")]
    [InlineData("章节错误，点此举报(免注册)")]
    [InlineData("上一章 ← 章节列表 → 下一章 加入书签")]
    [InlineData("投推荐票")]
    [InlineData("请退出转码页面，请下载好阅小说app 阅读最新章节。")]
    [InlineData("请勿开启浏览器阅读模式，否则将导致章节内容缺失及无法阅读下一章。")]
    [InlineData("手机用户请浏览阅读，更优质的阅读体验。")]
    [InlineData("手机浏览器扫描二维码访问")]
    [InlineData("ｗｗｗ．ｂｉｑｕｇｅ．ｃｏｍ")]
    [InlineData("<!-- ad -->")]
    [InlineData("ampampbrampampgt")]
    [InlineData("&amp;nbsp;&amp;nbsp;")]
    public void Clean_RemovesAWholeBoilerplateLine_WithANamedRule(string junk)
    {
        var cleaned = Clean("他走了。\n" + junk + "\n她来了。");

        Assert.Equal(["他走了。", "她来了。"], Texts(cleaned));
        var removed = Assert.Single(cleaned.Events, e => e.Action == CleaningAction.Removed);
        Assert.Equal(2, removed.Source.Line);
        Assert.Equal(junk, removed.Text);
        Assert.False(string.IsNullOrEmpty(removed.RuleId));
    }

    [Theory]
    [InlineData("他抬起头。UU看书 www.uukanshu.com 远处有人在喊他。", "他抬起头。远处有人在喊他。", "site-watermark")]
    [InlineData("他抬起头。ＵＵ看书　ｗｗｗ．ｕｕｋａｎｓｈｕ．ｃｏｍ远处有人在喊他。", "他抬起头。远处有人在喊他。", "site-watermark")]
    [InlineData("他抬起头。ｗｗｗ．ｂｉｑｕｇｅ．ｃｏｍ", "他抬起头。", "site-watermark")]
    [InlineData("他抬起头。笔趣阁 最快更新重生之王最新章节！远处有人在喊他。", "他抬起头。远处有人在喊他。", "latest-chapter-slogan")]
    [InlineData("一秒记住【笔趣阁 www.biquge.info】，精彩无弹窗免费阅读！他抬起头。", "他抬起头。", "address-nag")]
    [InlineData("他打开ResNet www.uukanshu.com model文件。", "他打开ResNet model文件。", "site-watermark")]
    [InlineData("他转身离开了。天才一秒记住本站地址：www.biquge.info", "他转身离开了。", "address-nag")]
    [InlineData("他转身离开了。<!-- google_ad_section_end -->", "他转身离开了。", "html-comment")]
    public void Clean_CutsAWatermarkOutOfAStoryLine_AndKeepsTheRest(string line, string kept, string rule)
    {
        var cleaned = Clean(line);

        Assert.Equal([kept], Texts(cleaned));
        var cut = Assert.Single(cleaned.Events);
        Assert.Equal(CleaningAction.Cut, cut.Action);
        Assert.Equal(rule, cut.RuleId);
        Assert.Equal(kept, cut.Detail);
    }

    [Fact]
    public void Clean_KeepsFullWidthStoryTextAsWritten_WhenNoCutApplies()
    {
        Assert.Equal(["ＡＩ比人类快了１００倍。"], Texts(Clean("ＡＩ比人类快了１００倍。")));
    }

    [Theory]
    [InlineData("他说&amp;nbsp;&amp;nbsp;走吧。", "他说走吧。", "entity-decode")]
    [InlineData("&nbsp;&nbsp;&nbsp;&nbsp;他说走吧。", "他说走吧。", "entity-decode")]
    [InlineData("Hello&nbsp;world，他说。", "Hello world，他说。", "entity-decode")]
    [InlineData("&#12288;&#12288;他说走吧。", "他说走吧。", "entity-decode")]
    [InlineData("他说&ldquo;走吧&rdquo;。", "他说“走吧”。", "entity-decode")]
    [InlineData("他说走吧。&lt;br&gt;她点头。", "他说走吧。她点头。", "entity-decode")]
    [InlineData("他说走吧。<br />她点头。", "他说走吧。她点头。", "html-tag")]
    [InlineData("他说走吧。ampampbrampampgt 她点头。", "他说走吧。她点头。", "entity-residue")]
    [InlineData("他说走吧。ltbrgt她点头。", "他说走吧。她点头。", "entity-residue")]
    [InlineData("他说&nbsp走吧。", "他说走吧。", "entity-decode")]
    public void Clean_RepairsEntitiesInStoryText_AndReportsRepaired(string line, string kept, string rule)
    {
        var cleaned = Clean(line);

        Assert.Equal([kept], Texts(cleaned));
        Assert.Contains(cleaned.Events, e => e.Action == CleaningAction.Repaired && e.RuleId == rule && e.Detail == kept);
    }

    [Fact]
    public void Clean_LeavesEnglishWordsThatHoldAmpAlone()
    {
        Assert.Equal(["The lamp and the example amplifier glowed."], Texts(Clean("The lamp and the example amplifier glowed.")));
    }

    [Theory]
    [InlineData("“记住这个地址，明天来找我。”")]
    [InlineData("他翻到下一章，发现主角死了。")]
    [InlineData("“下一章！”编辑吼道。")]
    [InlineData("他掏出手机，扫描二维码付了账。")]
    [InlineData("扫描二维码之后，屏幕上跳出一行字：欢迎回来。")]
    [InlineData("床前明月光 疑是地上霜 举头望明月 低头思故乡")]
    [InlineData("张三 李四 王五 赵六 孙七 周八 吴九")]
    [InlineData("他沉默了很久，终于开口说道：“其实那天晚上，我也在那里，我看见了...")]
    [InlineData("……")]
    [InlineData("“本章完了吗？”她问。")]
    [InlineData("最快更新的永远是盗版，这是行业的潜规则。")]
    [InlineData("“感谢各位的打赏！”主播对着镜头鞠了一躬。")]
    [InlineData("他用一秒记住了整张地图，然后转身离开。")]
    [InlineData("He wrote a novel. In the morning he left.")]
    [InlineData("I'm. So what? Come in.")]
    [InlineData("他看了一眼手机：没有新消息。")]
    [InlineData("她的最新地址是城南梧桐路十七号。")]
    public void Clean_KeepsStoryLinesThatLookABitLikeJunk(string line)
    {
        var cleaned = Clean("他走了。\n" + line + "\n她来了。");

        Assert.Equal(["他走了。", line, "她来了。"], Texts(cleaned));
        Assert.All(cleaned.Paragraphs, p => Assert.Equal(ParagraphRole.Story, p.Role));
    }

    [Theory]
    [InlineData("PS：今天两更。", "author-note-ps")]
    [InlineData("ps:明天请假一天。", "author-note-ps")]
    [InlineData("ＰＳ：感谢大家。", "author-note-ps")]
    [InlineData("求月票！拜托了！", "author-note-vote")]
    [InlineData("新书求推荐票，求收藏。", "author-note-vote")]
    [InlineData("作者有话说：这一卷写完了。", "author-note-header")]
    [InlineData("感谢书友“小明”的588起点币打赏！", "author-note-thanks")]
    public void Clean_MarksAuthorNotes_AndDropsThemOnlyWhenAsked(string note, string rule)
    {
        var kept = Clean("他走了。\n" + note);
        Assert.Equal(ParagraphRole.AuthorNote, kept.Paragraphs[1].Role);
        Assert.Equal(note, kept.Paragraphs[1].Text);
        Assert.Contains(kept.Events, e => e.Action == CleaningAction.Marked && e.RuleId == rule);

        var dropped = Clean("他走了。\n" + note, CleaningOptions.Default with { AuthorNotes = AuthorNoteHandling.Drop });
        Assert.Equal(["他走了。"], Texts(dropped));
        Assert.Contains(dropped.Events, e => e.Action == CleaningAction.Removed && e.RuleId == rule && e.Source.Line == 2);
    }

    [Fact]
    public void Clean_JoinsAParagraphSplitByAPageBreak_AndReportsTheJoin()
    {
        var cleaned = Clean("他盯着屏幕，心里\n本章未完，请点击下一页继续阅读\n却在盘算另一件事。");

        Assert.Equal(["他盯着屏幕，心里却在盘算另一件事。"], Texts(cleaned));
        var joined = Assert.Single(cleaned.Events, e => e.Action == CleaningAction.Joined);
        Assert.Equal(3, joined.Source.Line);
        Assert.Equal("page-continues", joined.RuleId);
        Assert.Equal([LineFate.Kept, LineFate.Removed, LineFate.Joined], CleaningReport.Account(cleaned).Select(a => a.Fate));
    }

    [Fact]
    public void Clean_DoesNotJoinAcrossAPageBreak_WhenTheSentenceHadEnded()
    {
        Assert.Equal(["他走了。", "却在盘算另一件事。"], Texts(Clean("他走了。\n（本章未完，请翻页）\n却在盘算另一件事。")));
    }

    [Fact]
    public void Clean_RemovesAFirstLineThatRepeatsTheTitle_AndCutsWatermarksFromTheTitle()
    {
        var chapter = CaseChapterReader.FromText("第一章　重生\n他醒了。", "t.txt", title: "第一章 重生 ｗｗｗ．ｂｉｑｕｇｅ．ｃｏｍ");

        var cleaned = new BoilerplateCleaner().Clean(chapter);

        Assert.Equal("第一章 重生", cleaned.Title);
        Assert.Equal(["他醒了。"], Texts(cleaned));
        Assert.Contains(cleaned.Events, e => e.RuleId == "title-repeat" && e.Source.Line == 1);
    }

    [Fact]
    public void Clean_KeepsASingleStoryLineEndingInAnEllipsis_AtTheChapterTail()
    {
        const string last = "他沉默了很久，终于开口说道：其实那天晚上，我也在那里，我什么都看见了，可是我什么也没有说...";
        Assert.Equal(["他走了。", last], Texts(Clean("他走了。\n" + last)));
    }

    private const string BlurbA = "她是京城第一纨绔，他是冷面无情的摄政王。一纸婚约，两人从互相看不顺眼到真香打脸，全京城都在等着看笑话...";
    private const string BlurbB = "末世降临，丧尸横行，林枫觉醒了最废柴的种菜系统。别人杀丧尸升级，他在基地里种白菜。直到有一天...";

    [Fact]
    public void Clean_RemovesTruncatedBlurbsAfterAnEndOfChapterMarker()
    {
        var cleaned = Clean("他走了。\n(本章完)\n" + BlurbA + "\n" + BlurbB);

        Assert.Equal(["他走了。"], Texts(cleaned));
        Assert.Equal(2, cleaned.Events.Count(e => e.Action == CleaningAction.Removed && e.RuleId == "novel-blurb"));
    }

    [Fact]
    public void Clean_KeepsTwoStoryLinesEndingInEllipses_WhenNoJunkSetsThemApart()
    {
        Assert.Equal(["他走了。", BlurbA, BlurbB], Texts(Clean("他走了。\n" + BlurbA + "\n" + BlurbB)));
    }

    [Fact]
    public void Clean_RemovesALoneTruncatedBlurbWithEntityResidue_AtTheTail()
    {
        var cleaned = Clean("他走了。\n女尊，甜宠，1v1ampampbrampampgt 凌歌穿越，到了一个女子当家做主的地方。ampampbrampampgt 为了改变现状，她只能好好努力...");

        Assert.Equal(["他走了。"], Texts(cleaned));
        Assert.Contains(cleaned.Events, e => e.Action == CleaningAction.Removed && e.RuleId == "novel-blurb");
    }
}
