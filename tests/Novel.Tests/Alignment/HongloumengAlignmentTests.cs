using Novel.Alignment;
using Novel.Tests.Support;

namespace Novel.Tests.Alignment;

/// <summary>
/// A realistic evaluation: hand-aligned sentences of 《紅樓夢》 chapter 1 against Joly's 1892 translation, read from
/// the shared corpus at test time (the repo holds only bead indices and a fingerprint of the sentences).
/// </summary>
public sealed class HongloumengAlignmentTests
{
    private const double RequiredF1 = 0.75;

    [Fact]
    public void Aligner_ReachesRequiredStrictF1_OnHongloumengChapterOne()
    {
        var corpus = RepoPaths.HongloumengOrSkip();
        var goldFile = File.ReadAllLines(Path.Combine(RepoPaths.Cases, "Alignment", "Corpus", "hongloumeng-01.beads.txt"));
        var (zhFrom, zhTo) = Region(goldFile, "zh-region");
        var (enFrom, enTo) = Region(goldFile, "en-region");
        var zh = HongloumengText.ChineseChapterOne(corpus);
        var en = HongloumengText.EnglishChapterOne(corpus);
        var expectedFingerprint = Header(goldFile, "fingerprint");
        Assert.True(
            HongloumengText.Fingerprint(zh.Take(zhTo).Skip(zhFrom), en.Take(enTo).Skip(enFrom)) == expectedFingerprint,
            "the sentence splitters no longer cut chapter 1 as the gold assumes; re-derive the gold indices");
        var gold = BeadFormat.ParseAll(string.Join('\n', goldFile))
            .Select(b => new AlignmentBead(b.Source.Select(i => i + zhFrom).ToList(), b.Target.Select(j => j + enFrom).ToList(), 1))
            .ToList();

        // Align the whole chapter, as the build does, and score the beads that fall in the hand-aligned region.
        var beads = new ParagraphAligner().Align(zh, en);
        var inRegion = beads.Where(b => b.Source.Count > 0 ? b.Source[0] >= zhFrom && b.Source[^1] < zhTo : b.Target[0] >= enFrom && b.Target[^1] < enTo).ToList();
        var score = AlignmentScorer.Score(inRegion, gold);

        TestContext.Current.TestOutputHelper?.WriteLine($"hongloumeng chapter 1: {score}");
        Assert.True(score.F1 >= RequiredF1, score.ToString());
    }

    private static (int From, int To) Region(string[] lines, string name)
    {
        var parts = Header(lines, name).Split(' ');
        return (int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string Header(string[] lines, string name) =>
        lines.Single(l => l.StartsWith("# " + name + ":", StringComparison.Ordinal))[(name.Length + 3)..].Trim();
}
