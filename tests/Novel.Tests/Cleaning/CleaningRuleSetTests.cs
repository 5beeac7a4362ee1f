using Novel.Cleaning;

namespace Novel.Tests.Cleaning;

public sealed class CleaningRuleSetTests
{
    [Fact]
    public void Default_LoadsEveryRuleFromTheEmbeddedFile_WithUniqueIdsAndDescriptions()
    {
        var rules = CleaningRuleSet.Default.Rules;

        Assert.True(rules.Count >= 25, $"{rules.Count} rules");
        Assert.Equal(rules.Count, rules.Select(r => r.Id).Distinct().Count());
        Assert.All(rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Description), r.Id));
        Assert.Contains(rules, r => r.Kind == CleaningRuleKind.Line);
        Assert.Contains(rules, r => r.Kind == CleaningRuleKind.Inline);
        Assert.Contains(rules, r => r.Kind == CleaningRuleKind.Note);
        Assert.Contains(rules, r => r.JoinsAcross);
    }

    [Fact]
    public void FromJson_ExpandsFragments_AndNamesTheFileInErrors()
    {
        var set = CleaningRuleSet.FromJson(
            """{"fragments": {"x": "a+"}, "rules": [{"id": "r", "kind": "inline", "pattern": "<{{x}}>", "description": "d"}]}""", "mine.json");
        Assert.Matches(set.Rules[0].Pattern, "<aaa>");

        var bad = Assert.Throws<NovelInputException>(() => CleaningRuleSet.FromJson(
            """{"rules": [{"id": "r", "kind": "inline", "pattern": "(", "description": "d"}]}""", "mine.json"));
        Assert.Contains("mine.json", bad.Message);
        Assert.Contains("'r'", bad.Message);

        var twice = Assert.Throws<NovelInputException>(() => CleaningRuleSet.FromJson(
            """{"rules": [{"id": "r", "kind": "line", "pattern": "a"}, {"id": "r", "kind": "line", "pattern": "b"}]}""", "mine.json"));
        Assert.Contains("twice", twice.Message);
    }

    [Fact]
    public void WithUserRules_DropsMatchingLines_AndKeepWinsOverEveryDropRule()
    {
        var rules = CleaningRuleSet.Default.WithUserRules(["^本书由.*整理$"], ["^投推荐票$", "一秒记住"]);
        var chapter = CaseChapterReader.FromText(
            "本书由某某书友整理\n他走了。\n投推荐票\n一秒记住【笔趣阁】，精彩无弹窗免费阅读！\n上一章 下一章", "user.txt");

        var cleaned = new BoilerplateCleaner(rules, CleaningOptions.Default).Clean(chapter);

        Assert.Equal(["他走了。", "投推荐票", "一秒记住【笔趣阁】，精彩无弹窗免费阅读！"], cleaned.Paragraphs.Select(p => p.Text));
        Assert.Contains(cleaned.Events, e => e.Action == CleaningAction.Removed && e.RuleId == "user-drop-1" && e.Source.Line == 1);
        Assert.Contains(cleaned.Events, e => e.Action == CleaningAction.Removed && e.RuleId == "chapter-nav" && e.Source.Line == 5);
    }

    [Fact]
    public void WithUserRules_RejectsAnInvalidRegex_WithAClearError()
    {
        var plain = Assert.Throws<ArgumentException>(() => CleaningRuleSet.Default.WithUserRules(["[未闭合"], []));
        Assert.Contains("[未闭合", plain.Message);

        var fromConfig = Assert.Throws<NovelInputException>(() => CleaningRuleSet.Default.WithUserRules([], ["(?<"], "book.json"));
        Assert.StartsWith("book.json: invalid keep regex", fromConfig.Message);
    }

    [Fact]
    public void UserRules_MatchFullWidthTextFoldedToAscii()
    {
        var rules = CleaningRuleSet.Default.WithUserRules(["^qq群[:：]\\d+$"], []);
        var chapter = CaseChapterReader.FromText("ＱＱ群：１２３４５６\n他走了。", "qq.txt");

        var cleaned = new BoilerplateCleaner(rules, CleaningOptions.Default).Clean(chapter);

        Assert.Equal(["他走了。"], cleaned.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Triggers_AreFoundInEveryLineTheirRuleMatches_AcrossTheLabelledSetAndSeed()
    {
        var lines = CleaningCases.Names()
            .SelectMany(n => CaseChapterReader.Read(CleaningCases.InputPath(n)).Lines)
            .Concat(CaseChapterReader.Read(Path.Combine(Support.RepoPaths.Chapters, "0001.txt")).Lines)
            .Select(l => WidthFolder.Fold(EntityRepairer.Repair(l.Text, [])))
            .ToList();
        var matched = 0;

        foreach (var rule in CleaningRuleSet.Default.Rules)
        {
            foreach (var line in lines.Where(l => rule.Pattern.IsMatch(l)))
            {
                matched++;
                Assert.True(rule.MayMatch(line), $"{rule.Id} matches a line without its trigger: {line}");
            }
        }

        Assert.True(matched >= 80, $"only {matched} matches: the check proves little");
    }
}
