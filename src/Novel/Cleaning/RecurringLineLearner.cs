using Novel.Loading;

namespace Novel.Cleaning;

/// <summary>
/// Learns a book's own boilerplate: a line that recurs, after normalising, near the start or the end of many chapters
/// (at least max(<see cref="CleaningOptions.RecurringMinChapters"/>, <see cref="CleaningOptions.RecurringMinShare"/> of
/// the chapters)). One pass over each chapter's start and end lines with a hash count, so it scales to thousands
/// of chapters. Author's notes, user-kept lines, dialogue and lines of fewer than four letters are never learned.
/// </summary>
internal static class RecurringLineLearner
{
    private const int MinContentLength = 4;

    /// <summary>The normalised keys (see <see cref="LineShape.NormalisedKey"/>) of the lines learned as boilerplate.</summary>
    public static IReadOnlySet<string> Learn(IReadOnlyList<LoadedChapter> chapters, CleaningRuleSet rules, CleaningOptions options, RuleAnswerCache? answers = null)
    {
        var threshold = Math.Max(options.RecurringMinChapters, (int)Math.Ceiling(options.RecurringMinShare * chapters.Count));
        if (chapters.Count < threshold)
        {
            return new HashSet<string>();
        }

        // Each chapter's keys are found on all cores; counting them is cheap and done in order.
        var keysByChapter = new List<string>[chapters.Count];
        Parallel.For(
            0,
            chapters.Count,
            () => (Matcher: new LineMatcher(rules, answers), Findings: new List<RepairFinding>()),
            (index, _, local) =>
            {
                keysByChapter[index] = KeysOf(chapters[index], rules, options.RecurringRegionLines, local.Matcher, local.Findings);
                return local;
            },
            _ => { });

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var keys in keysByChapter)
        {
            foreach (var key in keys)
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        return counts.Where(c => c.Value >= threshold).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The distinct keys of the candidate lines among the first and last <paramref name="region"/> lines of a chapter.</summary>
    private static List<string> KeysOf(LoadedChapter chapter, CleaningRuleSet rules, int region, LineMatcher matcher, List<RepairFinding> findings)
    {
        var keys = new List<string>();
        var lines = chapter.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (i >= region && i < lines.Count - region)
            {
                i = lines.Count - region - 1;
                continue;
            }

            if (Candidate(lines[i].Text, rules, matcher, findings) is { } key && !keys.Contains(key))
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    private static string? Candidate(string text, CleaningRuleSet rules, LineMatcher matcher, List<RepairFinding> findings)
    {
        findings.Clear();
        var repaired = EntityRepairer.Repair(text, findings);
        if (repaired.Length == 0 || repaired[0] is '“' or '「' or '『' or '"' || LineShape.ContentLength(repaired) < MinContentLength)
        {
            return null;
        }

        var folded = WidthFolder.Fold(repaired);
        matcher.Scan(folded);
        if (matcher.Note() is not null || (rules.KeepPatterns.Count > 0 && rules.IsKept(folded)))
        {
            return null;
        }

        // Key the line as the cleaner will see it after cuts, so copies with and without a watermark count as one.
        var cut = matcher.Cuts() is { } cuts ? InlineCutter.Apply(repaired, cuts) : repaired;
        return LineShape.ContentLength(cut) < MinContentLength ? null : LineShape.NormalisedKey(cut);
    }
}
