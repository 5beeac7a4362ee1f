using Novel.Cleaning;

namespace Novel.Loading;

/// <summary>
/// Keeps a chapter that was saved twice only once. A later chapter is a copy of an earlier one when both name the
/// same chapter (title or number; or, with neither, anything) and nearly all the lines of the shorter are in the
/// longer. The copy's place is the first's; its text is the one with more lines (a crawler's retry is often the complete page).
/// Every line of the copy that goes is reported as removed by <c>duplicate-chapter</c>.
/// </summary>
internal static class DuplicateChapterFilter
{
    private const string RuleId = "duplicate-chapter";
    private const double SharedLines = 0.8;
    private const int MinLineLength = 6;

    public static List<LoadedChapter> Filter(IReadOnlyList<LoadedChapter> chapters, ICollection<CleaningEvent> events)
    {
        var result = new List<LoadedChapter>(chapters.Count);
        var identities = new List<ChapterIdentity>(chapters.Count);
        var byName = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var chapter in chapters)
        {
            var identity = ChapterIdentity.Of(chapter);
            var key = Key(chapter, identity);
            if (!byName.TryGetValue(key, out var sameName))
            {
                byName[key] = sameName = [];
            }

            var original = sameName.FindLastIndex(i => identities[i].SameChapterAs(identity) && IsCopy(result[i], chapter)) is var at and >= 0 ? sameName[at] : -1;
            if (original < 0)
            {
                sameName.Add(result.Count);
                result.Add(chapter);
                identities.Add(identity);
                continue;
            }

            var kept = result[original];
            var keepCopyText = chapter.Lines.Count > kept.Lines.Count; // a retry that got the whole page
            events.Add(new CleaningEvent(
                CleaningAction.Duplicate,
                RuleId,
                chapter.Source,
                identity.Heading ?? Path.GetFileName(chapter.Source.File),
                $"the same chapter as {kept.Source}; kept once, with the {(keepCopyText ? "later, longer" : "first")} copy's text"));
            if (keepCopyText)
            {
                // The first copy's place, title and file (its translation is found by it) with the longer copy's lines.
                Report(chapter.Title, chapter.Source, kept.Lines, events);
                result[original] = kept with { Lines = chapter.Lines };
            }
            else
            {
                Report(chapter.Title, chapter.Source, chapter.Lines, events);
            }
        }

        return result;
    }

    /// <summary>True when <paramref name="copy"/> holds nearly the same lines as <paramref name="chapter"/>.</summary>
    public static bool IsCopy(LoadedChapter chapter, LoadedChapter copy)
    {
        var a = Signature(chapter);
        var b = Signature(copy);
        if (a.Count == 0 || b.Count == 0)
        {
            return a.Count == 0 && b.Count == 0 && chapter.Lines.Count > 0
                && chapter.Lines.Select(l => l.Text).SequenceEqual(copy.Lines.Select(l => l.Text));
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        return small.Count(large.Contains) >= SharedLines * small.Count;
    }

    /// <summary>
    /// Where copies of a chapter are looked for: under its title without the page mark, else its number, else its
    /// first long line. Chapters under different keys are never copies of each other.
    /// </summary>
    private static string Key(LoadedChapter chapter, ChapterIdentity identity) =>
        identity.Number is { } number ? "#" + number.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : identity.BaseTitle is { } title ? "t" + title
        : "l" + (chapter.Lines.Select(l => l.Text).FirstOrDefault(t => t.Length >= MinLineLength) ?? string.Empty);

    private static void Report(string? title, Model.SourceLocation titleSource, IReadOnlyList<SourceLine> lines, ICollection<CleaningEvent> events)
    {
        if (title is not null)
        {
            // A copy cut from a whole-book text had its heading reported as a split; it is removed after all.
            if (events.FirstOrDefault(e => e.Action == CleaningAction.ChapterSplit && e.Source == titleSource) is { } split)
            {
                events.Remove(split);
            }

            events.Add(new CleaningEvent(CleaningAction.Removed, RuleId, titleSource, title));
        }

        foreach (var line in lines)
        {
            events.Add(new CleaningEvent(CleaningAction.Removed, RuleId, line.Source, line.Text));
        }
    }

    private static HashSet<string> Signature(LoadedChapter chapter) =>
        chapter.Lines.Select(l => l.Text).Where(t => t.Length >= MinLineLength).ToHashSet(StringComparer.Ordinal);
}
