using Novel.Loading;
using Novel.Tests.Support;

namespace Novel.Tests.Loading;

public sealed class ChapterFileNameTests
{
    [Theory]
    [InlineData("0001.txt", 1, null)]
    [InlineData("chapters/0001 残差.txt", 1, "残差")]
    [InlineData("12-第十二章 标题.html", 12, "第十二章 标题")]
    [InlineData("第十二章 标题.txt", 12, "第十二章 标题")]
    [InlineData("000_b04fb59b5b9dadc0.txt", 0, null)]
    [InlineData("notes.txt", null, "notes")]
    public void Parse_ReadsNumberAndTitle(string name, int? number, string? title)
    {
        var parsed = ChapterFileName.Parse(name);

        Assert.Equal(number, parsed.Number);
        Assert.Equal(title, parsed.Title);
        Assert.False(parsed.IsTranslation);
    }

    [Theory]
    [InlineData("0001.en.md", "en")]
    [InlineData("dir/0012.fr.md", "fr")]
    [InlineData("0003.zh-Hant.md", "zh-Hant")]
    public void Parse_TellsTranslationsFromChapters(string name, string language)
    {
        var parsed = ChapterFileName.Parse(name);

        Assert.True(parsed.IsTranslation);
        Assert.Equal(language, parsed.Language);
        Assert.True(ChapterFileName.IsTranslationFile(name));
    }

    [Theory]
    [InlineData("0001.txt")]
    [InlineData("preface.md")]
    [InlineData("0001 残差.html")]
    public void IsTranslationFile_IsFalse_ForChaptersAndFrontMatter(string name) => Assert.False(ChapterFileName.IsTranslationFile(name));

    [Fact]
    public void FindTranslation_FindsTheFileBesideTheChapter_WhenItExists()
    {
        using var dir = new TempDirectory();
        var chapter = dir.Combine("0007.txt");
        File.WriteAllText(chapter, "第七章");
        File.WriteAllText(dir.Combine("0007.en.md"), "# Chapter 7");

        Assert.Equal(dir.Combine("0007.en.md"), ChapterFileName.FindTranslation(chapter, "en"));
        Assert.Null(ChapterFileName.FindTranslation(chapter, "fr"));
        Assert.Equal(dir.Combine("0007.fr.md"), ChapterFileName.TranslationPath(chapter, "fr"));
    }

    [Fact]
    public void NaturalFileOrder_PutsTwoBeforeTen()
    {
        string[] names = ["10.txt", "2.txt", "1.txt", "0003.txt", "b/11 终.txt", "a/9.txt", "100.txt"];

        var sorted = names.Order(NaturalFileOrder.Instance).ToArray();

        Assert.Equal(["1.txt", "2.txt", "0003.txt", "a/9.txt", "10.txt", "b/11 终.txt", "100.txt"], sorted);
    }
}
