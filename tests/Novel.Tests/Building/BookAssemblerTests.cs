using Novel.Building;
using Novel.Tests.Support;

namespace Novel.Tests.Building;

public class BookAssemblerTests
{
    [Fact]
    public void Assemble_ReadsChaptersInNaturalOrder_WithTitlesFromTitleLinesFileNamesOrOrdinals()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("10.txt"), "第十章 归来\n他回来了。\n");
        File.WriteAllText(temp.Combine("2 夜雨.txt"), "雨下了一夜。\n");
        File.WriteAllText(temp.Combine("3.txt"), "天亮了。\n");

        var book = BookAssembler.Assemble(temp.Path).Book;

        Assert.Equal([2, 3, 10], book.Chapters.Select(c => c.Number));
        Assert.Equal(["第2章 夜雨", "第3章", "第十章 归来"], book.Chapters.Select(c => c.Title));
        Assert.Equal(["他回来了。"], book.Chapters[2].OriginalParagraphs.Select(p => p.Text));
    }

    [Fact]
    public void Assemble_TakesTheTitleLine_WhenSiteJunkStandsAboveIt()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("0007.txt"), "手机浏览器扫描二维码访问\n第七章 山门\n　　山门开了。\n");
        File.WriteAllText(temp.Combine("0007.en.md"), "# Chapter 7 The Gate\n\nThe gate opened.\n");

        var chapter = BookAssembler.Assemble(temp.Path).Chapters.Single();

        Assert.Equal("第七章 山门", chapter.Chapter.Title);
        Assert.Equal(7, chapter.Chapter.Number);
        var pair = Assert.Single(chapter.Chapter.Pairs);
        Assert.Equal("山门开了。", Assert.Single(pair.Original).Text);
        Assert.Equal("The gate opened.", Assert.Single(pair.Translation).Text);
    }

    [Fact]
    public void Assemble_SplitsAWholeBookText_AndPairsAWholeBookTranslationByChapterNumber()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("book.txt"), "第一章 起\n　　春天来了。\n第二章 承\n　　夏天到了。\n第三章 转\n　　秋风起了。\n");
        File.WriteAllText(temp.Combine("book.en.txt"), "CHAPTER I.\n\nSpring came.\n\nCHAPTER III.\n\nThe autumn wind rose.\n");

        var chapters = BookAssembler.Assemble(temp.Path).Chapters;

        Assert.Equal([1, 2, 3], chapters.Select(c => c.Chapter.Number));
        Assert.Equal("Spring came.", chapters[0].Chapter.Pairs.Single().Translation.Single().Text);
        Assert.Null(chapters[1].Pairing);
        Assert.Equal("The autumn wind rose.", chapters[2].Chapter.Pairs.Single().Translation.Single().Text);
    }

    [Fact]
    public void Assemble_FailsNamingTheFolder_WhenItHoldsNoChapter()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("notes.md"), "# Notes\n");

        var error = Assert.Throws<NovelInputException>(() => BookAssembler.Assemble(temp.Path));

        Assert.Contains(temp.Path, error.Message, StringComparison.Ordinal);
    }
}
