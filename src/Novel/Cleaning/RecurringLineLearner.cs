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

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var findings = new List<RepairFinding>();
        var matcher = new LineMatcher(rules, answers);
        foreach (var chapter in chapters)
        {
            seen.Clear();
            var lines = chapter.Lines;
            var region = options.RecurringRegionLines;
            for (var i = 0; i < lines.Count; i++)
            {
                if (i >= region && i < lines.Count - region)
                {
                    i = lines.Count - region - 1;
                    continue;
                }

                if (Candidate(lines[i].Text, rules, matcher, findings) is { } key && seen.Add(key))
                {
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }

        return counts.Where(c => c.Value >= threshold).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
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
