using Novel.Config;
using Novel.Tests.Support;

namespace Novel.Tests.Config;

public class BookConfigLoaderTests
{
    [Fact]
    public void LoadFromFolder_ReadsEveryKey_OfTheSampleBook()
    {
        var config = BookConfigLoader.LoadFromFolder(RepoPaths.Chapters);

        Assert.Equal("残差", config.Metadata.Title);
        Assert.Equal("Residuals", config.Metadata.TranslatedTitle);
        Assert.Equal("zh-Hans", config.Metadata.Language);
        Assert.Equal("en", config.Metadata.TranslationLanguage);
        Assert.StartsWith("urn:uuid:", config.Metadata.Identifier);
        Assert.Equal("残差", config.ChapterTitles[1]);
        Assert.Equal(["translator-note.md"], config.FrontMatter);
        Assert.Equal("Meng Fanqi", config.Glossary["孟繁岐"]);
    }

    [Fact]
    public void Parse_ReadsNestedSettings_WithQuotesCommentsAndFlowLists()
    {
        const string yaml = """
            ---
            title: "书名: 副题"   # a comment
            author: '佚名'
            cleaning:
              drop: ['^广告.*$', "本站\\s*地址"]
              keep:
                - '^PS：剧情'
              author-notes: drop
            translation:
              base-url: http://127.0.0.1:8080/v1
              model: qwen2.5
              concurrency: 8
            """;

        var config = BookConfigLoader.Parse(yaml, "book.yml", "fallback");

        Assert.Equal("书名: 副题", config.Metadata.Title);
        Assert.Equal("佚名", config.Metadata.Author);
        Assert.Equal(["^广告.*$", "本站\\s*地址"], config.Cleaning.Drop);
        Assert.Equal(["^PS：剧情"], config.Cleaning.Keep);
        Assert.True(config.Cleaning.DropAuthorNotes);
        Assert.Equal("http://127.0.0.1:8080/v1", config.Translator.BaseUrl);
        Assert.Equal(8, config.Translator.Concurrency);
    }

    [Fact]
    public void Parse_UsesFolderNameAndDefaults_WhenKeysAreAbsent()
    {
        var config = BookConfigLoader.Parse("author: 某人\n", "book.yml", "my-book");

        Assert.Equal("my-book", config.Metadata.Title);
        Assert.Equal("zh-Hans", config.Metadata.Language);
        Assert.Equal("en", config.Metadata.TranslationLanguage);
        Assert.Null(config.FrontMatter);
    }

    [Theory]
    [InlineData("title: a\ntitel: b\n", 2, "unknown key 'titel'")]
    [InlineData("title: a\nlang: chinese\n", 2, "not a BCP 47")]
    [InlineData("title: a\ncleaning:\n  author-notes: maybe\n", 3, "author-notes")]
    [InlineData("title: a\nchapter-titles:\n  one: 残差\n", 3, "not a chapter number")]
    [InlineData("title: \"unterminated\n", 1, "unterminated")]
    [InlineData("title: a\ntitle: b\n", 2, "appears twice")]
    [InlineData("title: a\n  stray: b\n", 2, "indentation")]
    public void Parse_FailsNamingFileAndLine_OnBadInput(string yaml, int line, string message)
    {
        var error = Assert.Throws<NovelInputException>(() => BookConfigLoader.Parse(yaml, "chapters/book.yml", "x"));

        Assert.Equal(line, error.Line);
        Assert.StartsWith($"chapters/book.yml:{line}: ", error.Message);
        Assert.Contains(message, error.Message);
    }
}
