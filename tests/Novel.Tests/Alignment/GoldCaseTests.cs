using Novel.Alignment;
using Novel.Tests.Support;

namespace Novel.Tests.Alignment;

/// <summary>
/// Golden alignment cases: <c>NAME.zh.txt</c> and <c>NAME.en.txt</c> one sentence a line, <c>NAME.gold.txt</c> the
/// hand-made beads. They cover merges, splits, omissions, translator's notes and dialogue runs.
/// </summary>
public sealed class GoldCaseTests
{
    private const double RequiredF1 = 0.75;

    public static TheoryData<string> Cases() =>
        new(Directory.GetFiles(Path.Combine(RepoPaths.Cases, "Alignment"), "*.gold.txt").Select(f => Path.GetFileName(f)[..^".gold.txt".Length]).Order());

    [Theory]
    [MemberData(nameof(Cases))]
    public void Aligner_ReachesRequiredStrictF1_OnHandAlignedCase(string name)
    {
        var folder = Path.Combine(RepoPaths.Cases, "Alignment");
        var original = Lines(Path.Combine(folder, name + ".zh.txt"), isOriginal: true);
        var translation = Lines(Path.Combine(folder, name + ".en.txt"), isOriginal: false);
        var gold = BeadFormat.ParseAll(File.ReadAllText(Path.Combine(folder, name + ".gold.txt")));

        var beads = new ParagraphAligner().Align(original, translation);
        var score = AlignmentScorer.Score(beads, gold);

        TestContext.Current.TestOutputHelper?.WriteLine($"{name}: {score}");
        var actual = Path.Combine(RepoPaths.Root, "tests", "Novel.Tests", "Cases", "Alignment", name + ".actual.txt");
        if (score.Correct != gold.Count || beads.Count != gold.Count)
        {
            File.WriteAllText(actual, BeadFormat.FormatAll(beads));
        }
        else if (File.Exists(actual))
        {
            File.Delete(actual);
        }

        Assert.True(score.F1 >= RequiredF1, $"{name}: {score}; see {actual}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Aligner_ReachesRequiredStrictF1_WhenTheOriginalIsTheEnglishSide(string name)
    {
        var folder = Path.Combine(RepoPaths.Cases, "Alignment");
        var chinese = Lines(Path.Combine(folder, name + ".zh.txt"), isOriginal: true);
        var english = Lines(Path.Combine(folder, name + ".en.txt"), isOriginal: false);
        var gold = BeadFormat.ParseAll(File.ReadAllText(Path.Combine(folder, name + ".gold.txt")))
            .Select(b => new AlignmentBead(b.Target, b.Source, 1))
            .ToList();

        var beads = new ParagraphAligner().Align(english, chinese);
        var score = AlignmentScorer.Score(beads, gold);

        TestContext.Current.TestOutputHelper?.WriteLine($"{name}, English first: {score}");
        Assert.True(score.F1 >= RequiredF1, $"{name}, English first: {score}");
    }

    [Fact]
    public void Aligner_GivesEveryBeadAConfidenceBetweenZeroAndOne()
    {
        var folder = Path.Combine(RepoPaths.Cases, "Alignment");
        var beads = new ParagraphAligner().Align(
            Lines(Path.Combine(folder, "webnovel-lab.zh.txt"), isOriginal: true),
            Lines(Path.Combine(folder, "webnovel-lab.en.txt"), isOriginal: false));

        Assert.All(beads, b => Assert.InRange(b.Confidence, 0.0, 1.0));
        Assert.Contains(beads, b => b.Confidence > 0.8);
    }

    private static List<string> Lines(string path, bool isOriginal) =>
        TextUnitReader.Read(File.ReadAllText(path), UnitKind.Line, isOriginal).Select(u => u.Text).ToList();
}
