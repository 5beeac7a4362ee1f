using System.Reflection;
using System.Security.Cryptography;
using Novel.Epub;
using Novel.Model;
using Novel.Tests.Support;

namespace Novel.Tests.Epub;

/// <summary>The page cache: a book written from cached pages is the same book, byte for byte, and only what changed is written again.</summary>
public sealed class ChapterPageCacheTests
{
    [Fact]
    public void Write_GivesTheSameBytesFromCachedPages_AsWithoutACache()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("pages.bin");
        var book = SampleBooks.Realistic();
        var uncached = WrittenBook.Bytes(book, WrittenBook.Options());

        var first = WriteCached(book, path, out var firstHits);
        var second = WriteCached(book, path, out var secondHits);

        Assert.Equal(0, firstHits);
        Assert.Equal(book.Chapters.Count, secondHits);
        Assert.Equal(Hash(uncached), Hash(first));
        Assert.Equal(Hash(uncached), Hash(second));
    }

    [Fact]
    public void Write_WritesAChangedChapterAgain_AndReusesTheOthers()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("pages.bin");
        var book = SampleBooks.Realistic();
        WriteCached(book, path, out _);

        var chapters = book.Chapters.ToList();
        var pairs = chapters[0].Pairs.ToList();
        pairs[0] = pairs[0] with { Translation = [new Paragraph("A translation revised since the last build.", new SourceLocation("0001.en.md", 3))] };
        chapters[0] = chapters[0] with { Pairs = pairs };
        var edited = book with { Chapters = chapters };
        var rebuilt = WriteCached(edited, path, out var hits);

        Assert.Equal(book.Chapters.Count - 1, hits);
        Assert.Equal(Hash(WrittenBook.Bytes(edited, WrittenBook.Options())), Hash(rebuilt));
        Assert.Contains("A translation revised since the last build.", WrittenBook.EntryText(rebuilt, "OEBPS/text/chapter-0001.xhtml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Open_TreatsACorruptCacheAsEmpty()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("pages.bin");
        var book = SampleBooks.Realistic();
        WriteCached(book, path, out _);
        var bytes = File.ReadAllBytes(path);
        bytes.AsSpan(bytes.Length - 8, 8).Fill(0xFF);
        File.WriteAllBytes(path, bytes);

        var rebuilt = WriteCached(book, path, out var hits);

        Assert.Equal(0, hits);
        Assert.Equal(Hash(WrittenBook.Bytes(book, WrittenBook.Options())), Hash(rebuilt));
    }

    [Fact]
    public void Key_CoversEveryPropertyOfTheModelAPageIsWrittenFrom()
    {
        // The key hashes these properties by hand; a property added to the model must be added to the key too.
        Assert.Equal(["Number", "OriginalParagraphs", "Pairs", "Source", "Title", "TranslatedTitle", "Volume"], Properties<Chapter>());
        Assert.Equal(["Confidence", "IsUntranslated", "Original", "Translation"], Properties<ParagraphPair>());
        Assert.Equal(["Role", "Runs", "Source", "Text"], Properties<Paragraph>());
        Assert.Equal(["Style", "Text"], Properties<TextRun>());
        Assert.Equal(["File", "Line"], Properties<SourceLocation>());
    }

    [Fact]
    public void Key_Differs_WhenTheLayoutDiffers()
    {
        var chapter = SampleBooks.ChapterOne();
        var bilingual = ChapterPageCache.KeyOf(chapter, new BookLanguages("zh-Hans", "en", EpubLayout.Bilingual), EpubWriterOptions.DefaultMaxChapterBytes);
        var translation = ChapterPageCache.KeyOf(chapter, new BookLanguages("zh-Hans", "en", EpubLayout.Translation), EpubWriterOptions.DefaultMaxChapterBytes);

        Assert.NotEqual(bilingual, translation);
        Assert.Equal(bilingual, ChapterPageCache.KeyOf(chapter with { }, new BookLanguages("zh-Hans", "en", EpubLayout.Bilingual), EpubWriterOptions.DefaultMaxChapterBytes));
    }

    private static byte[] WriteCached(Book book, string path, out int hits)
    {
        using var cache = ChapterPageCache.Open(path);
        var languages = new BookLanguages(book.Metadata.Language, book.Metadata.TranslationLanguage, EpubLayout.Bilingual);
        hits = book.Chapters.Count(c => cache.PageCount(ChapterPageCache.KeyOf(c, languages, EpubWriterOptions.DefaultMaxChapterBytes)) is not null);
        using var output = new MemoryStream();
        new EpubWriter().Write(book, output, WrittenBook.Options() with { PageCache = cache });
        cache.Save();
        return output.ToArray();
    }

    private static string Hash(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes));

    private static List<string> Properties<T>() =>
        typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name != "EqualityContract")
            .Select(p => p.Name)
            .Order(StringComparer.Ordinal)
            .ToList();
}
