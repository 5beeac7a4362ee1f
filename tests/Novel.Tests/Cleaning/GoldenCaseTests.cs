using Novel.Cleaning;

namespace Novel.Tests.Cleaning;

public sealed class GoldenCaseTests
{
    public static TheoryData<string> Cases() => [.. CleaningCases.Names()];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Clean_ProducesTheExpectedParagraphs_ForEachLabelledCase(string name)
    {
        var chapter = CaseChapterReader.Read(CleaningCases.InputPath(name));
        var actual = CleaningCases.Render(new BoilerplateCleaner().Clean(chapter));
        var expected = CleaningCases.Expected(name);

        var actualPath = Path.Combine(CleaningCases.SourceFolder, name + ".actual.txt");
        if (!expected.SequenceEqual(actual))
        {
            File.WriteAllLines(actualPath, actual);
        }
        else if (File.Exists(actualPath))
        {
            File.Delete(actualPath);
        }

        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Clean_AccountsForEveryInputLine_ForEachLabelledCase(string name)
    {
        var chapter = CaseChapterReader.Read(CleaningCases.InputPath(name));
        var cleaned = new BoilerplateCleaner().Clean(chapter);

        var accounts = CleaningReport.Account(cleaned);

        Assert.Equal(chapter.Lines.Count, accounts.Count);
        Assert.All(accounts, a => Assert.NotEqual(LineFate.Unaccounted, a.Fate));
        Assert.All(accounts.Where(a => a.Fate != LineFate.Kept), a => Assert.False(string.IsNullOrEmpty(a.RuleId)));
    }

    [Fact]
    public void LabelledSet_CoversFiveSiteFamiliesAndTwoGb18030Files()
    {
        var names = CleaningCases.Names().ToList();
        var families = names.Select(n => n.Split('-')[0]).Distinct().ToList();
        var gb = names.Count(n => !IsUtf8(File.ReadAllBytes(CleaningCases.InputPath(n))));

        Assert.True(names.Count >= 10, $"{names.Count} cases");
        Assert.True(families.Count >= 5, string.Join(", ", families));
        Assert.True(gb >= 2, $"{gb} GB18030 cases");
    }

    private static bool IsUtf8(byte[] bytes)
    {
        try
        {
            _ = new System.Text.UTF8Encoding(false, true).GetString(bytes);
            return true;
        }
        catch (System.Text.DecoderFallbackException)
        {
            return false;
        }
    }
}
