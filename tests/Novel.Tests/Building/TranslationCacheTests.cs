using Novel.Building;
using Novel.Loading;
using Novel.Model;
using Novel.Tests.Support;

namespace Novel.Tests.Building;

public sealed class TranslationCacheTests
{
    private const string Translation = "# Chapter 1 The Lab\n\nLin Zhou pushed open the *lab* door.\n\n**\"Crashed again?\"** he asked.\n\n林舟 smiled 😀 and said nothing.\n";

    [Fact]
    public void Load_GivesTheSameDocumentFromTheCache_AsParsingTheFile()
    {
        using var book = new TempDirectory();
        var file = book.Combine("0001.en.md");
        File.WriteAllText(file, Translation);
        var parsed = MarkdownDocumentLoader.Load(file);

        var fresh = TranslationCache.Open(book.Path);
        var first = fresh.Load(file);
        fresh.Save();
        var cached = TranslationCache.Open(book.Path).Load(file);

        AssertSameDocument(parsed, first);
        AssertSameDocument(parsed, cached);
        Assert.NotSame(first, cached);
    }

    [Fact]
    public void Load_ParsesTheFileAgain_WhenItChanged()
    {
        using var book = new TempDirectory();
        var file = book.Combine("0001.en.md");
        File.WriteAllText(file, Translation);
        var cache = TranslationCache.Open(book.Path);
        cache.Load(file);
        cache.Save();

        File.AppendAllText(file, "\nAn added closing line.\n");
        var reloaded = TranslationCache.Open(book.Path).Load(file);

        Assert.Equal("An added closing line.", reloaded.Paragraphs[^1].Text);
        AssertSameDocument(MarkdownDocumentLoader.Load(file), reloaded);
    }

    private static void AssertSameDocument(MarkdownDocument expected, MarkdownDocument actual)
    {
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Path, actual.Path);
        Assert.Equal(expected.Paragraphs.Count, actual.Paragraphs.Count);
        foreach (var (e, a) in expected.Paragraphs.Zip(actual.Paragraphs))
        {
            Assert.Equal(e.Source, a.Source);
            Assert.Equal(e.Role, a.Role);
            Assert.Equal(e.Runs.Select(r => (r.Text, r.Style)), a.Runs.Select(r => (r.Text, r.Style)));
        }
    }
}
