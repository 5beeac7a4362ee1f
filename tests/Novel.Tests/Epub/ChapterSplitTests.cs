using Novel.Epub;
using Novel.Epub.Reading;
using Novel.Model;
using Novel.Tests.Support;

namespace Novel.Tests.Epub;

/// <summary>A chapter over the size limit is split into parts between beads, never inside one.</summary>
public sealed class ChapterSplitTests : IDisposable
{
    private const int SmallLimit = 8_000;
    private readonly TempDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void LongChapter_IsSplitIntoPartsUnderTheLimit_KeepingEveryParagraphInOrder()
    {
        var chapter = SampleBooks.LongChapter(repetitions: 8);
        var epub = Read(chapter, SmallLimit);

        var parts = epub.Spine.Where(s => s.IdRef.StartsWith("chapter-0001", StringComparison.Ordinal)).ToList();
        var paragraphs = parts.SelectMany(p => p.Blocks).Where(b => b.Element == "p" && !b.HasClass("subtitle")).Select(b => b.Text);

        Assert.True(parts.Count >= 3, $"expected several parts, got {parts.Count}");
        Assert.Equal(chapter.Pairs.SelectMany(p => p.Original.Concat(p.Translation)).Select(p => p.Text), paragraphs);
        Assert.All(Sizes(epub, parts), size => Assert.InRange(size, 1, SmallLimit));
    }

    [Fact]
    public void Parts_EachStartWithAnOriginalAndEndWithItsTranslation_SoNoBeadIsCut()
    {
        var epub = Read(SampleBooks.LongChapter(repetitions: 8), SmallLimit);

        var parts = epub.Spine.Where(s => s.IdRef.StartsWith("chapter-0001", StringComparison.Ordinal)).ToList();

        Assert.All(parts, part =>
        {
            var story = part.Blocks.Where(b => b.Element == "p" && !b.HasClass("subtitle")).ToList();
            Assert.Equal("zh-Hans", story[0].Lang);
            Assert.Equal("en", story[^1].Lang);
            Assert.Equal(story.Count / 2, story.Count(b => b.HasClass("tr")));
        });
    }

    [Fact]
    public void OnlyTheFirstPart_CarriesTheHeadingAndTheTocEntry()
    {
        var epub = Read(SampleBooks.LongChapter(repetitions: 8), SmallLimit);

        var parts = epub.Spine.Where(s => s.IdRef.StartsWith("chapter-0001", StringComparison.Ordinal)).ToList();

        Assert.Equal("h1", parts[0].Blocks[0].Element);
        Assert.All(parts.Skip(1), part => Assert.DoesNotContain(part.Blocks, b => b.Element == "h1"));
        Assert.Equal(["OEBPS/text/chapter-0001.xhtml"], epub.Toc.Select(t => t.Path));
    }

    [Fact]
    public void ABeadLargerThanTheLimit_GetsAPartOfItsOwn_Whole()
    {
        var source = new SourceLocation("huge.txt", 1);
        var huge = string.Concat(Enumerable.Repeat("更深的网络特别难以训练。", 400));
        var chapter = new Chapter
        {
            Number = 1,
            Title = "第1章 巨段",
            Source = source,
            Pairs =
            [
                ParagraphPair.Untranslated(new Paragraph("开头。", source)),
                ParagraphPair.Untranslated(new Paragraph(huge, source)),
                ParagraphPair.Untranslated(new Paragraph("结尾。", source)),
            ],
        };

        var epub = Read(chapter, EpubWriterOptions.MinimumMaxChapterBytes * 2);

        Assert.Equal(
            [["第1章 巨段", "开头。"], [huge], ["结尾。"]],
            epub.Spine.Where(s => s.IdRef.StartsWith("chapter", StringComparison.Ordinal)).Select(s => s.Blocks.Select(b => b.Text).ToArray()));
    }

    [Fact]
    public void ShortChapter_StaysInOneFile()
    {
        var epub = Read(SampleBooks.ChapterOne(), EpubWriterOptions.DefaultMaxChapterBytes);

        Assert.Single(epub.Spine, s => s.IdRef.StartsWith("chapter", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_RefusesALimitTooSmallForAPage()
    {
        var options = WrittenBook.Options() with { MaxChapterBytes = 100 };

        Assert.Throws<ArgumentOutOfRangeException>(() => WrittenBook.Bytes(SampleBooks.Small(), options));
    }

    [Theory]
    [InlineData('&')]
    [InlineData('孟')]
    [InlineData('a')]
    public void EveryPart_StaysUnderTheLimit_WhateverTheTextEscapesTo(char filler)
    {
        // Chapters from well under to well over the limit: a page kept whole without measuring must still fit.
        var languages = new BookLanguages("zh-Hans", "en", EpubLayout.Bilingual);
        var writer = new ChapterPageWriter(languages, SmallLimit);
        for (var length = 100; length <= 3_000; length += 100)
        {
            var text = new string(filler, length);
            var chapter = new Chapter
            {
                Number = 1,
                Title = "第1章 " + text[..10],
                Source = new SourceLocation("0001.txt", 1),
                Pairs = [.. Enumerable.Range(0, 4).Select(i => new ParagraphPair([new Paragraph(text, new SourceLocation("0001.txt", i + 2))], [new Paragraph(text, new SourceLocation("0001.en.md", i + 2))]))],
            };

            var parts = writer.SplitIntoParts(chapter);

            Assert.All(parts.Select((pairs, part) => (pairs, part)), p =>
                Assert.True(p.pairs.Count == 1 || writer.WritePart(chapter, p.part, p.pairs).Length <= SmallLimit, $"a part of {p.pairs.Count} beads of {length} × '{filler}' is over the limit"));
            Assert.Equal(chapter.Pairs, parts.SelectMany(p => p));
        }
    }

    private EpubDocument Read(Chapter chapter, int maxChapterBytes)
    {
        var book = new Book { Metadata = new BookMetadata { Title = "重生之AI时代" }, Chapters = [chapter with { Volume = null }] };
        var path = WrittenBook.Write(folder, book, WrittenBook.Options() with { MaxChapterBytes = maxChapterBytes }, Guid.NewGuid().ToString("N") + ".epub");
        return EpubReader.Read(path);
    }

    private static IEnumerable<long> Sizes(EpubDocument epub, IEnumerable<EpubSpineItem> parts)
    {
        var entries = WrittenBook.Entries(File.ReadAllBytes(epub.Path)).ToDictionary(e => e.FullName, e => e.Length);
        return parts.Select(p => entries[p.Path]);
    }
}
