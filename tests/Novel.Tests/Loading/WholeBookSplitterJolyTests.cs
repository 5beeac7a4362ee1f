using Novel.Cleaning;
using Novel.Loading;
using Novel.Tests.Support;

namespace Novel.Tests.Loading;

/// <summary>The whole-book splitter on Joly's English translation (PG #9603, #9604): Latin-1, CRLF, Gutenberg frame, ragged hard wrap.</summary>
public sealed class WholeBookSplitterJolyTests
{
    private static SplitResult Split(string file)
    {
        var path = Path.Combine(RepoPaths.HongloumengOrSkip(), file);
        return ChapterLoader.SplitWholeBook(path);
    }

    [Fact]
    public void Split_FindsChapters1To24_InBookOne()
    {
        var result = Split("en-joly-9603.txt");

        Assert.Equal(Enumerable.Range(1, 24).Select(n => (int?)n), result.Chapters.Select(c => c.Number));
        Assert.Equal("CHAPTER I.", result.Chapters[0].Title);
    }

    [Fact]
    public void Split_FindsChapters25To56_InBookTwo_IncludingTheHeadingWithoutAPeriod()
    {
        var result = Split("en-joly-9604.txt");

        Assert.Equal(Enumerable.Range(25, 32).Select(n => (int?)n), result.Chapters.Select(c => c.Number));
        Assert.Equal("CHAPTER XXVII", result.Chapters.Single(c => c.Number == 27).Title);
    }

    [Fact]
    public void Split_DropsTheGutenbergFrame_AndRejoinsRaggedParagraphs()
    {
        var result = Split("en-joly-9603.txt");

        var body = result.Chapters[0].Lines.Select(l => l.Text).ToList();
        Assert.Contains(body, p => p.StartsWith("This is the opening section; this the first chapter. Subsequent to the visions of a dream", StringComparison.Ordinal)
            && p.EndsWith("Who are the dramatis personae?", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Chapters[^1].Lines, l => l.Text.StartsWith("End of the Project Gutenberg", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Chapters[^1].Lines, l => l.Text.Contains("Gutenberg-tm", StringComparison.Ordinal));
        Assert.Contains(result.Events, e => e.RuleId == "gutenberg-footer" && e.Action == CleaningAction.Removed);
    }
}
