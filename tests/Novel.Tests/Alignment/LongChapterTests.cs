using System.Diagnostics;
using Novel.Alignment;
using Novel.Tests.Support;

namespace Novel.Tests.Alignment;

/// <summary>
/// A chapter of 3,000 lines, made by chaining the golden cases end to end: the banded search must still find the
/// same beads far from the start. Repeating the same text a hundred times is hard on the learned lexicon (every
/// term co-occurs with every word of its bead), hence 0.9 rather than the 1.0 each case reaches alone. The time is
/// printed for the record, not asserted (the machine is shared).
/// </summary>
public sealed class LongChapterTests
{
    [Fact]
    public void Aligner_KeepsItsAccuracy_OnAThreeThousandLineChapter()
    {
        var folder = Path.Combine(RepoPaths.Cases, "Alignment");
        var cases = new[] { "webnovel-lab", "classical-lingzhi" }
            .Select(name => (
                Zh: File.ReadAllLines(Path.Combine(folder, name + ".zh.txt")),
                En: File.ReadAllLines(Path.Combine(folder, name + ".en.txt")),
                Gold: BeadFormat.ParseAll(File.ReadAllText(Path.Combine(folder, name + ".gold.txt")))))
            .ToList();
        var zh = new List<string>();
        var en = new List<string>();
        var gold = new List<AlignmentBead>();
        for (var k = 0; zh.Count < 3000; k++)
        {
            var (caseZh, caseEn, caseGold) = cases[k % cases.Count];
            gold.AddRange(caseGold.Select(b => new AlignmentBead(b.Source.Select(i => i + zh.Count).ToList(), b.Target.Select(j => j + en.Count).ToList(), 1)));
            zh.AddRange(caseZh);
            en.AddRange(caseEn);
        }

        var watch = Stopwatch.StartNew();
        var beads = new ParagraphAligner().Align(zh, en);
        watch.Stop();
        var score = AlignmentScorer.Score(beads, gold);

        TestContext.Current.TestOutputHelper?.WriteLine($"{zh.Count} x {en.Count} lines in {watch.ElapsedMilliseconds} ms: {score}");
        Assert.True(score.F1 >= 0.9, score.ToString());
    }
}
