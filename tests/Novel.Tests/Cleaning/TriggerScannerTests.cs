using Novel.Cleaning;

namespace Novel.Tests.Cleaning;

public sealed class TriggerScannerTests
{
    [Fact]
    public void Scan_MarksExactlyTheRulesWhoseTriggersTheLineHolds_AcrossTheLabelledSetAndSeed()
    {
        var lines = CleaningCases.Names()
            .SelectMany(n => CaseChapterReader.Read(CleaningCases.InputPath(n)).Lines)
            .Concat(CaseChapterReader.Read(Path.Combine(Support.RepoPaths.Chapters, "0001.txt")).Lines)
            .Select(l => WidthFolder.Fold(EntityRepairer.Repair(l.Text, [])))
            .ToList();
        CleaningRule[] rules = [.. CleaningRuleSet.Default.Rules];
        var scanner = new TriggerScanner(rules);
        var hits = new bool[rules.Length];
        var marked = 0;

        foreach (var line in lines)
        {
            var any = scanner.Scan(line, hits);

            for (var i = 0; i < rules.Length; i++)
            {
                var expected = rules[i].Triggers.Count > 0 && rules[i].MayMatch(line);
                Assert.True(expected == hits[i], $"{rules[i].Id}: scanned {hits[i]}, searched {expected}: {line}");
                marked += hits[i] ? 1 : 0;
            }

            Assert.Equal(hits.Any(h => h), any);
        }

        Assert.True(marked >= 80, $"only {marked} rules marked: the check proves little");
    }

    [Theory]
    [InlineData("visit WWW now", true)]
    [InlineData("visit wWw now", true)]
    [InlineData("ww w", false)]
    [InlineData("最新章节在ＷＷＷ", false)] // the scanner sees the line as given: folding is the caller's job
    [InlineData("请收藏本站", true)]
    [InlineData("收藏本", false)]
    public void Scan_ComparesTriggersIgnoringCase_AtAnyPosition(string line, bool expected)
    {
        CleaningRule[] rules =
        [
            new("latin", CleaningRuleKind.Inline, new("x"), "d") { Triggers = ["www"] },
            new("hanzi", CleaningRuleKind.Inline, new("x"), "d") { Triggers = ["收藏本站", "收藏本书"] },
            new("always", CleaningRuleKind.Inline, new("x"), "d"),
        ];
        var hits = new bool[rules.Length];

        var any = new TriggerScanner(rules).Scan(line, hits);

        Assert.Equal(expected, any);
        Assert.Equal(expected, hits[0] || hits[1]);
        Assert.False(hits[2]); // a rule without triggers is never marked: it is always tried
    }
}
