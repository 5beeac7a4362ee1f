using Novel.Epub.Reading;
using Novel.Model;

namespace Novel.Tests.Epub;

/// <summary>Writes the sample book, reads it back with <see cref="EpubReader"/> and compares it with the model.</summary>
public sealed class EpubRoundTripTests(RealisticEpub written) : IClassFixture<RealisticEpub>
{
    private readonly Book book = written.Book;
    private readonly EpubDocument epub = written.Document;

    [Fact]
    public void Package_CarriesBothTitlesLanguagesAndCreators_AsTheMetadataGivesThem()
    {
        Assert.Equal("3.0", epub.Version);
        Assert.Equal(
            [new EpubTitle("重生之AI时代", "zh-Hans", "main"), new EpubTitle("Reborn in the Age of AI", "en", "subtitle")],
            epub.Titles);
        Assert.Equal(["zh-Hans", "en"], epub.Languages);
        Assert.Equal([new EpubCreator("孟凡", "aut", "zh-Hans"), new EpubCreator("The Novel Test Team", "trl", "en")], epub.Creators);
        Assert.Equal("2024-05-01T04:34:56Z", epub.Modified);
        Assert.StartsWith("urn:uuid:", epub.Identifier, StringComparison.Ordinal);
    }

    [Fact]
    public void Spine_RunsFromCoverThroughFrontMatterAndVolumesToTheLastChapter()
    {
        var ids = epub.Spine.Select(s => s.IdRef).ToList();
        var longChapterParts = ids.Count(id => id.StartsWith("chapter-0003", StringComparison.Ordinal));

        Assert.True(longChapterParts >= 2, $"the long chapter should be split, but has {longChapterParts} part(s)");
        Assert.Equal(
            [
                "cover", "title-page", "front-0001", "volume-0001", "chapter-0001", "chapter-0002", "volume-0002", "chapter-0003",
                .. Enumerable.Range(2, longChapterParts - 1).Select(part => $"chapter-0003-{part}"),
                "chapter-0004",
            ],
            ids);
        Assert.All(epub.Spine, page => Assert.StartsWith("OEBPS/text/", page.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void Toc_NestsChaptersUnderTheirVolume_AndLabelsThemInBothLanguages()
    {
        string Flatten(EpubTocEntry e) => e.Children.Count == 0 ? e.Label : $"{e.Label} [{string.Join(" | ", e.Children.Select(Flatten))}]";

        Assert.Equal(
            [
                "Translator's Note",
                "第一卷 深度学习 [第1章 残差 · Chapter 1 Residuals | 第2章 代码投票 · Chapter 2 Voting with <Code> & ]]>]",
                "第二卷 千层 [第3章 千层网络 · Chapter 3 A Thousand Layers]",
                "第4章 傲慢",
            ],
            epub.Toc.Select(Flatten));
        Assert.Equal("OEBPS/text/chapter-0001.xhtml", epub.Toc[1].Children[0].Path);
    }

    [Fact]
    public void EveryPageAndParagraph_DeclaresItsLanguage_InBothLangAndXmlLang()
    {
        Assert.All(epub.Spine, page =>
        {
            Assert.NotNull(page.Lang);
            Assert.Equal(page.Lang, page.XmlLang);
            Assert.All(page.Blocks, block =>
            {
                Assert.NotNull(block.Lang);
                Assert.Equal(block.Lang, block.XmlLang);
            });
        });
    }

    [Fact]
    public void ChapterOne_ReadsBackAsItsHeadingThenEachOriginalFollowedByItsTranslation()
    {
        var chapter = book.Chapters[0];
        var expected = new List<(string Element, string Text, string? Lang, bool Translation)>
        {
            ("h1", chapter.Title, "zh-Hans", false),
            ("p", chapter.TranslatedTitle!, "en", false),
        };
        foreach (var pair in chapter.Pairs)
        {
            expected.AddRange(pair.Original.Select(p => ("p", p.Text, (string?)"zh-Hans", false)));
            expected.AddRange(pair.Translation.Select(p => ("p", p.Text, (string?)"en", true)));
        }

        var blocks = Page("chapter-0001").Blocks;

        Assert.Equal(expected, blocks.Select(b => (b.Element, b.Text, b.Lang, b.HasClass("tr"))));
    }

    [Fact]
    public void AuthorNotes_CarryTheNoteClass_AndStoryParagraphsDoNot()
    {
        var blocks = Page("chapter-0001").Blocks.Where(b => b.Element == "p").ToList();

        var note = Assert.Single(blocks, b => b.HasClass("note"));
        Assert.Equal("PS：求月票！感谢各位读者的支持。", note.Text);
        Assert.Equal("zh-Hans", note.Lang);
    }

    [Fact]
    public void EmphasisRuns_BecomeEmAndStrong()
    {
        var blocks = Page("chapter-0001").Blocks;

        Assert.Contains(blocks, b => b.Markup == "<strong>弱小和无知</strong>不是生存的障碍,<em>傲慢</em>才是。");
        Assert.Contains(blocks, b => b.Markup == "Weakness and ignorance are no barrier to survival; <strong><em>arrogance</em></strong> is.");
    }

    [Fact]
    public void HostileText_ReadsBackEscapedIntact_WithoutTheCharactersXmlCannotCarry()
    {
        Assert.Contains(SampleBooks.HostileOriginal, c => char.IsSurrogate(c) || c < ' ' || c == '\uFFFE');
        var paragraphs = Page("chapter-0002").Blocks.Where(b => b.Element == "p" && !b.HasClass("subtitle")).ToList();

        Assert.Equal([SampleBooks.HostileOriginalClean, SampleBooks.HostileTranslationClean], paragraphs.Select(p => p.Text));
        Assert.Equal(SampleBooks.HostileTitle, Page("chapter-0002").Blocks.Single(b => b.HasClass("subtitle")).Text);
    }

    [Fact]
    public void HostileText_IsEscapedInTheFile_NotWrittenAsMarkup()
    {
        var xhtml = WrittenBook.EntryText(written.Bytes, "OEBPS/text/chapter-0002.xhtml");

        Assert.Contains("代码投票&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"引号\" ]]&gt; 结束孤尾😀\t制表", xhtml, StringComparison.Ordinal);
        Assert.Contains("code &lt;/p&gt;&lt;p&gt;&amp;amp; ]]&gt; &lt;![CDATA[x]]&gt; bell", xhtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", xhtml, StringComparison.Ordinal);
        Assert.DoesNotContain(xhtml, c => c < ' ' && c is not ('\t' or '\n'));
    }

    [Fact]
    public void TitlePage_ShowsBothTitlesTheAuthorAndTheTranslator()
    {
        Assert.Equal(
            [
                ("h1", "重生之AI时代", "zh-Hans"),
                ("p", "Reborn in the Age of AI", "en"),
                ("p", "孟凡", "zh-Hans"),
                ("p", "Translated by The Novel Test Team", "en"),
            ],
            Page("title-page").Blocks.Select(b => (b.Element, b.Text, b.Lang)));
    }

    [Fact]
    public void FrontMatter_KeepsItsLanguageHeadingsAndEmphasis()
    {
        var blocks = Page("front-0001").Blocks;

        Assert.Equal(
            [
                ("h1", "Translator's Note"),
                ("h2", "About this edition"),
                ("p", "This is a bilingual edition: each Chinese paragraph is followed by its English translation."),
                ("p", "Author's notes are kept and set apart."),
            ],
            blocks.Select(b => (b.Element, b.Text)));
        Assert.All(blocks, b => Assert.Equal("en", b.Lang));
        Assert.Contains("<em>bilingual</em>", blocks[2].Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Cover_IsAManifestCoverImage_ShownOnTheFirstPage()
    {
        var cover = Assert.Single(epub.Manifest, m => m.Properties == "cover-image");

        Assert.Equal(("OEBPS/images/cover.png", "image/png"), (cover.Path, cover.MediaType));
        Assert.Equal("cover", epub.Spine[0].IdRef);
        Assert.Contains(cover.Path, epub.EntryNames);
    }

    private EpubSpineItem Page(string id) => epub.Spine.Single(s => s.IdRef == id);
}
