using System.Security.Cryptography;
using Novel.Building;
using Novel.Epub.Reading;
using Novel.Tests.Support;

namespace Novel.Tests.EndToEnd;

public class SampleBookBuildTests
{
    [Fact]
    public void Build_WritesABookEpubcheckPasses_ForTheSampleBook()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("out", "novel.epub");

        var summary = BookBuilder.Build(new BuildRequest { BookDirectory = RepoPaths.Chapters, OutputPath = output });

        Assert.Equal(1, summary.Chapters);
        Assert.Equal(25, summary.Paragraphs);
        Assert.Equal(0, summary.Untranslated);
        Assert.Equal(8, summary.RemovedLines);
        var check = Epubcheck.Run(output);
        Assert.True(check.IsClean, check.Output);
    }

    [Fact]
    public void Build_KeepsEveryStoryLineFollowedByItsEnglish_AndNoBoilerplate()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("novel.epub");
        BookBuilder.Build(new BuildRequest { BookDirectory = RepoPaths.Chapters, OutputPath = output });

        var book = EpubReader.Read(output);
        var blocks = book.Spine.SelectMany(s => s.Blocks).Where(b => b.Element == "p").ToList();
        var story = SampleBook.StoryLines;
        var english = SampleBook.English;
        Assert.Equal(25, story.Count);
        Assert.Equal(story.Count, english.Count);
        for (var i = 0; i < story.Count; i++)
        {
            var at = blocks.FindIndex(b => b.Text == story[i]);
            Assert.True(at >= 0, $"story line {i + 2} is missing: {story[i]}");
            Assert.Equal("zh-Hans", blocks[at].Lang);
            Assert.Equal("zh-Hans", blocks[at].XmlLang);
            Assert.Equal(english[i], blocks[at + 1].Text);
            Assert.Equal("en", blocks[at + 1].Lang);
        }

        var allText = string.Join("\n", book.Spine.SelectMany(s => s.Blocks).Select(b => b.Text));
        foreach (var junk in SampleBook.Boilerplate)
        {
            Assert.DoesNotContain(junk[..Math.Min(12, junk.Length)], allText, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("ampamp", allText, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ShowsBothLanguagesInTheToc()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("novel.epub");
        BookBuilder.Build(new BuildRequest { BookDirectory = RepoPaths.Chapters, OutputPath = output });

        var book = EpubReader.Read(output);

        var labels = book.Toc.SelectMany(e => e.SelfAndDescendants()).Select(e => e.Label).ToList();
        Assert.Contains("第1章 残差 · Chapter 1 Residuals", labels);
        Assert.Equal(["zh-Hans", "en"], book.Languages);
        Assert.Contains(book.Titles, t => t.Text == "Residuals");
    }

    [Fact]
    public void Build_GivesByteIdenticalBooks_AndHonoursSourceDateEpoch()
    {
        using var temp = new TempDirectory();
        var first = temp.Combine("a.epub");
        var second = temp.Combine("b.epub");

        BookBuilder.Build(new BuildRequest { BookDirectory = RepoPaths.Chapters, OutputPath = first, SourceDateEpoch = "1700000000" });
        BookBuilder.Build(new BuildRequest { BookDirectory = RepoPaths.Chapters, OutputPath = second, SourceDateEpoch = "1700000000" });

        Assert.Equal(Sha256(first), Sha256(second));
        Assert.Equal("2023-11-14T22:13:20Z", EpubReader.Read(first).Modified);
    }

    [Fact]
    public void Build_WithoutSourceDateEpoch_StampsTheNewestInputTime()
    {
        using var temp = new TempDirectory();
        var book = SampleBook.CopyTo(temp);
        var stamp = new DateTime(2024, 5, 6, 7, 8, 10, DateTimeKind.Utc);
        foreach (var file in Directory.GetFiles(book))
        {
            File.SetLastWriteTimeUtc(file, stamp.AddDays(-1));
        }

        File.SetLastWriteTimeUtc(Path.Combine(book, "0001.en.md"), stamp);
        var output = temp.Combine("novel.epub");

        BookBuilder.Build(new BuildRequest { BookDirectory = book, OutputPath = output });

        Assert.Equal("2024-05-06T07:08:10Z", EpubReader.Read(output).Modified);
    }

    private static string Sha256(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
