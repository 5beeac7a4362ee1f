using Novel.Model;

namespace Novel.Tests.Epub;

/// <summary>
/// Books built by hand the way the pipeline would build them: story text from the seed chapter with English
/// translations, a merged bead, an untranslated paragraph, an author's note, emphasis, volumes, front matter, a
/// cover, a chapter long enough to be split, and a chapter of hostile scraped text.
/// </summary>
internal static class SampleBooks
{
    /// <summary>The hostile original paragraph: markup, a CDATA end, C0 controls, non-characters, lone surrogates; and a valid emoji.</summary>
    public const string HostileOriginal = "大家只会用代码投票<script>alert(1)</script> & \"引号\" ]]> 结束\u0000\u0001\u0008\u000B\u000C\u001F\uFFFE\uFFFF\uD800孤\uDC00尾😀\t制表";

    /// <summary>What <see cref="HostileOriginal"/> must read as in the book.</summary>
    public const string HostileOriginalClean = "大家只会用代码投票<script>alert(1)</script> & \"引号\" ]]> 结束孤尾😀\t制表";

    /// <summary>The hostile translation.</summary>
    public const string HostileTranslation = "People only vote with code </p><p>&amp; ]]> <![CDATA[x]]> \u0007bell";

    /// <summary>What <see cref="HostileTranslation"/> must read as in the book.</summary>
    public const string HostileTranslationClean = "People only vote with code </p><p>&amp; ]]> <![CDATA[x]]> bell";

    /// <summary>The hostile chapter's translated title.</summary>
    public const string HostileTitle = "Chapter 2 Voting with <Code> & ]]>";

    /// <summary>When the sample books were last modified.</summary>
    public static readonly DateTimeOffset Modified = new(2024, 5, 1, 12, 34, 56, TimeSpan.FromHours(8));

    private static readonly (string Original, string Translation)[] SeedPairs =
    [
        ("将简洁好用的结构反复重复,这也大大地降低了孟繁岐所需要的开发工程量。",
            "Repeating one simple, useful structure over and over also greatly cut the engineering work Meng Fanqi had to do."),
        ("AlexNet是八层的结构,各自有一些独立的设计,在此时,8层已经是革命性的深度网络了。",
            "AlexNet had eight layers, each with a design of its own; at the time, eight layers already made a revolutionary deep network."),
        ("更深的网络特别难以训练,因此原本直到14年,谷歌和牛津才分别把这个深度推进到22层和19层。",
            "Deeper networks were especially hard to train, which is why it took until 2014 for Google and Oxford to push the depth to 22 and 19 layers."),
        ("而ResNet的思想,彻底从根本上解决了网络变深就没法顺利训练的问题。它让50,100,150,甚至1000层网络的训练成为可能。",
            "ResNet's idea solved at the root the problem that deeper networks could not be trained. It made networks of 50, 100, 150, even 1000 layers trainable."),
        ("“从去年的8,到今年的100+层,甚至1000层也可以训练。在2013年的视角来看,这一剂猛药应该够劲了。”",
            "“From eight layers last year to a hundred and more this year, even a thousand. Seen from 2013, that should be a strong enough dose.”"),
        ("不仅是深度上取得了开创性的突破,ResNet的性能也同样惊人。它是第一个Top-5错误率低于人类能力的结构,单模型达到了4.6%左右。",
            "Depth was not its only breakthrough; ResNet's performance was just as astonishing. It was the first architecture whose top-5 error rate beat human ability: about 4.6% for a single model."),
        ("如果综合几个不同方式训练的ResNet,平均他们的输出再去预测的话,其TOP-5错误率甚至低至3.7%。",
            "Averaging the outputs of several ResNets trained in different ways brought the top-5 error rate as low as 3.7%."),
        ("ResNet的Res指residual,正经点说是残差,说得明白一些是一种短路或者是跳跃链接。",
            "The Res in ResNet stands for residual; put plainly, it is a shortcut, a skip connection."),
        ("再说的浅显一点,假设原本的操作为f(x),ResNet就是把计算过程从f(x)改为f(x)+x。",
            "Simpler still: if the original operation is f(x), ResNet changes the computation from f(x) to f(x)+x."),
        ("这也是孟繁岐最早与付院长讨论的内容之一。",
            "It was also one of the first things Meng Fanqi had discussed with Dean Fu."),
    ];

    /// <summary>The realistic book every EPUB test starts from.</summary>
    public static Book Realistic() => new()
    {
        Metadata = new BookMetadata
        {
            Title = "重生之AI时代",
            TranslatedTitle = "Reborn in the Age of AI",
            Author = "孟凡",
            Translator = "The Novel Test Team",
            Date = "2024-05-01",
            Rights = "© 2024 孟凡. Translation for personal reading only.",
            Description = "一个程序员回到2012年,用残差网络改写了深度学习的历史。",
        },
        Cover = new CoverImage("cover.png", "image/png", TestPng.Solid(60, 90, 0x2E, 0x4A, 0x7D)),
        FrontMatter =
        [
            new FrontMatterPage("Translator's Note", "en",
            [
                new Paragraph("About this edition", Source("note.md", 1), ParagraphRole.Heading),
                new Paragraph(
                    [new TextRun("This is a "), new TextRun("bilingual", InlineStyle.Emphasis), new TextRun(" edition: each Chinese paragraph is followed by its English translation.")],
                    Source("note.md", 3)),
                new Paragraph([new TextRun("Author's notes are kept and "), new TextRun("set apart", InlineStyle.Strong), new TextRun(".")], Source("note.md", 5)),
            ], Source("note.md", 0)),
        ],
        Chapters =
        [
            ChapterOne(),
            HostileChapter(),
            LongChapter(repetitions: 100),
            new Chapter
            {
                Number = 4,
                Title = "第4章 傲慢",
                Source = Source("0004.txt", 0),
                Pairs = [Pair(new Paragraph("ResNet的核心代码难写吗?不难的。", Source("0004.txt", 2)), "Was ResNet's core code hard to write? Not at all.")],
            },
        ],
    };

    /// <summary>A short book with no cover, volumes or front matter.</summary>
    public static Book Small() => new()
    {
        Metadata = new BookMetadata { Title = "重生之AI时代", TranslatedTitle = "Reborn in the Age of AI", Author = "孟凡" },
        Chapters = [ChapterOne() with { Volume = null }],
    };

    /// <summary>Chapter 1: one-to-one pairs, a merged bead, an untranslated paragraph, emphasis and an author's note.</summary>
    public static Chapter ChapterOne() => new()
    {
        Number = 1,
        Title = "第1章 残差",
        TranslatedTitle = "Chapter 1 Residuals",
        Volume = "第一卷 深度学习",
        Source = Source("0001.txt", 0),
        Pairs =
        [
            .. SeedPairs.Take(4).Select((p, i) => Pair(new Paragraph(p.Original, Source("0001.txt", i + 2)), p.Translation)),
            new ParagraphPair(
                [
                    new Paragraph("这种不带任何参数的支路链接,直接把操作前的内容加到操作后的内容上,是深度网络突然能够在上千层的深度下收敛的秘密所在。", Source("0001.txt", 13)),
                    new Paragraph("在此之后的几乎所有AI文章,都很难绕得开这个思路。", Source("0001.txt", 14)),
                ],
                [new Paragraph("This parameter-free side branch, adding what came before an operation to what came after it, let deep networks converge at a thousand layers; nearly every AI paper since has had to build on it.", Source("0001.txt", 13))],
                0.82),
            ParagraphPair.Untranslated(new Paragraph("当然了,单以论文被引用的次数来评价文章的水平和作者的水平是有失偏颇的。", Source("0001.txt", 16))),
            new ParagraphPair(
                [new Paragraph([new TextRun("弱小和无知", InlineStyle.Strong), new TextRun("不是生存的障碍,"), new TextRun("傲慢", InlineStyle.Emphasis), new TextRun("才是。")], Source("0001.txt", 26))],
                [new Paragraph([new TextRun("Weakness and ignorance are no barrier to survival; "), new TextRun("arrogance", InlineStyle.Emphasis | InlineStyle.Strong), new TextRun(" is.")], Source("0001.txt", 26))]),
            ParagraphPair.Untranslated(new Paragraph("PS：求月票！感谢各位读者的支持。", Source("0001.txt", 28), ParagraphRole.AuthorNote)),
        ],
    };

    /// <summary>Chapter 2: scraped text that would break naive XML.</summary>
    public static Chapter HostileChapter() => new()
    {
        Number = 2,
        Title = "第2章 代码投票",
        TranslatedTitle = HostileTitle,
        Volume = "第一卷 深度学习",
        Source = Source("0002.txt", 0),
        Pairs = [Pair(new Paragraph(HostileOriginal, Source("0002.txt", 2)), HostileTranslation)],
    };

    /// <summary>Chapter 3: the seed pairs repeated until the chapter is far larger than one file may be.</summary>
    public static Chapter LongChapter(int repetitions) => new()
    {
        Number = 3,
        Title = "第3章 千层网络",
        TranslatedTitle = "Chapter 3 A Thousand Layers",
        Volume = "第二卷 千层",
        Source = Source("0003.txt", 0),
        Pairs = Enumerable.Range(0, repetitions)
            .SelectMany(r => SeedPairs.Select((p, i) => Pair(new Paragraph($"{p.Original}（{r + 1}）", Source("0003.txt", (r * SeedPairs.Length) + i + 2)), $"{p.Translation} ({r + 1})")))
            .ToList(),
    };

    private static ParagraphPair Pair(Paragraph original, string translation) =>
        new([original], [new Paragraph(translation, original.Source)]);

    private static SourceLocation Source(string file, int line) => new(file, line);
}
