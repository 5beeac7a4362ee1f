using Novel.Cleaning;
using Novel.Model;
using Novel.Tests.Support;

namespace Novel.Tests.Cleaning;

public sealed class SeedChapterTests
{
    private static string SeedPath => Path.Combine(RepoPaths.Chapters, "0001.txt");

    [Fact]
    public void Clean_KeepsExactlyTheTwentyFiveStoryLines_OfTheSeedChapter()
    {
        var chapter = CaseChapterReader.Read(SeedPath);
        var cleaned = new BoilerplateCleaner().Clean(chapter);

        var expected = chapter.Lines.Where(l => l.Source.Line is >= 2 and <= 26).Select(l => l.Text).ToList();
        Assert.Equal(25, expected.Count);
        Assert.Equal(expected, cleaned.Paragraphs.Select(p => p.Text));
        Assert.All(cleaned.Paragraphs, p => Assert.Equal(ParagraphRole.Story, p.Role));
    }

    [Fact]
    public void Clean_RemovesTheEightJunkLinesOfTheSeed_EachByANamedRule()
    {
        var chapter = CaseChapterReader.Read(SeedPath);
        var cleaned = new BoilerplateCleaner().Clean(chapter);

        var removed = cleaned.Events.Where(e => e.Action == CleaningAction.Removed).ToList();
        Assert.Equal([1, 27, 28, 29, 30, 31, 32, 33], removed.Select(e => e.Source.Line));
        Assert.Equal("qr-prompt", removed[0].RuleId);
        Assert.Equal("recommendation-list", removed[1].RuleId);
        Assert.All(removed.Skip(2), e => Assert.Equal("novel-blurb", e.RuleId));
        Assert.All(removed, e => Assert.Equal(chapter.Lines.Single(l => l.Source == e.Source).Text, e.Text));
    }

    [Fact]
    public void Account_AccountsForEverySeedLine_AsKeptOrRemoved()
    {
        var chapter = CaseChapterReader.Read(SeedPath);
        var accounts = CleaningReport.Account(new BoilerplateCleaner().Clean(chapter));

        Assert.Equal(33, accounts.Count);
        Assert.DoesNotContain(accounts, a => a.Fate == LineFate.Unaccounted);
        Assert.Equal(25, accounts.Count(a => a.Fate == LineFate.Kept));
        Assert.Equal(8, accounts.Count(a => a.Fate == LineFate.Removed && a.RuleId is not null));
    }
}
