using Novel.Epub;
using Novel.Epub.Reading;
using Novel.Model;
using Novel.Tests.Support;

namespace Novel.Tests.Epub;

/// <summary>Each layout shows the languages it promises, in its order, and falls back where it must.</summary>
public sealed class EpubLayoutTests : IDisposable
{
    private static readonly SourceLocation Source = new("0001.txt", 1);
    private readonly TempDirectory folder = new();

    public void Dispose() => folder.Dispose();

    private static Chapter Chapter => new()
    {
        Number = 1,
        Title = "第1章 残差",
        TranslatedTitle = "Chapter 1 Residuals",
        Source = Source,
        Pairs =
        [
            new ParagraphPair([new Paragraph("甲一", Source), new Paragraph("甲二", Source)], [new Paragraph("A", Source)]),
            ParagraphPair.Untranslated(new Paragraph("乙", Source)),
            new ParagraphPair([], [new Paragraph("Translator's addition", Source)]),
        ],
    };

    [Fact]
    public void Bilingual_ShowsTheOriginalBlockThenTheTranslation_AndAnUntranslatedParagraphAlone()
    {
        Assert.Equal(
            ["h1 zh-Hans 第1章 残差", "p.subtitle en Chapter 1 Residuals", "p zh-Hans 甲一", "p zh-Hans 甲二", "p.tr en A", "p zh-Hans 乙", "p.tr en Translator's addition"],
            Blocks(EpubLayout.Bilingual));
    }

    [Fact]
    public void TranslationFirst_ShowsTheTranslationThenTheOriginal()
    {
        Assert.Equal(
            ["h1 en Chapter 1 Residuals", "p.subtitle zh-Hans 第1章 残差", "p.tr en A", "p.orig zh-Hans 甲一", "p.orig zh-Hans 甲二", "p.orig zh-Hans 乙", "p.tr en Translator's addition"],
            Blocks(EpubLayout.BilingualTranslationFirst));
    }

    [Fact]
    public void Original_ShowsOnlyTheOriginal()
    {
        Assert.Equal(["h1 zh-Hans 第1章 残差", "p zh-Hans 甲一", "p zh-Hans 甲二", "p zh-Hans 乙"], Blocks(EpubLayout.Original));
    }

    [Fact]
    public void Translation_ShowsOnlyTheTranslation_FallingBackToTheOriginalWhereThereIsNone()
    {
        Assert.Equal(["h1 en Chapter 1 Residuals", "p.tr en A", "p zh-Hans 乙", "p.tr en Translator's addition"], Blocks(EpubLayout.Translation));
    }

    [Theory]
    [InlineData(EpubLayout.Bilingual, "zh-Hans")]
    [InlineData(EpubLayout.Original, "zh-Hans")]
    [InlineData(EpubLayout.BilingualTranslationFirst, "en")]
    [InlineData(EpubLayout.Translation, "en")]
    public void Pages_DeclareTheLanguageTheLayoutMostlyShows(EpubLayout layout, string language)
    {
        var page = Read(layout).Spine.Single(s => s.IdRef == "chapter-0001");

        Assert.Equal((language, language), (page.Lang, page.XmlLang));
    }

    [Fact]
    public void BilingualPairs_AreWrappedInOnePairDiv_PerBead()
    {
        var bytes = File.ReadAllBytes(Write(EpubLayout.Bilingual));
        var page = WrittenBook.EntryXml(bytes, "OEBPS/text/chapter-0001.xhtml");

        var pairs = page.GetElementsByTagName("div").Where(d => d.ClassList.Contains("pair")).ToList();

        var pair = Assert.Single(pairs);
        Assert.Equal(["甲一", "甲二", "A"], pair.Children.Select(c => c.TextContent));
    }

    private IReadOnlyList<string> Blocks(EpubLayout layout) =>
        Read(layout).Spine.Single(s => s.IdRef == "chapter-0001").Blocks
            .Select(b => $"{b.Element}{(b.Class is null ? "" : "." + b.Class.Replace("note", "").Trim())} {b.Lang} {b.Text}")
            .ToList();

    private EpubDocument Read(EpubLayout layout) => EpubReader.Read(Write(layout));

    private string Write(EpubLayout layout)
    {
        var book = new Book { Metadata = new BookMetadata { Title = "重生之AI时代" }, Chapters = [Chapter] };
        return WrittenBook.Write(folder, book, WrittenBook.Options(layout), layout + ".epub");
    }
}
