using Novel.Cleaning;

namespace Novel.Loading;

/// <summary>
/// Joins the pages of a chapter that a site served (and a crawler saved) separately: a chapter that names the same
/// chapter as the one before it and is marked as a later page (<c>（2/3）</c> in its title, <c>12_2.html</c> after
/// <c>12.html</c>), or that follows a page ending in a "next page" notice, is appended to it. The later page's heading
/// goes; the notice stays for the cleaner, which removes it and re-joins a sentence the page break cut.
/// </summary>
internal static class ChapterPageJoiner
{
    private const string RuleId = "join-page";
    private const int NoticeSearchLines = 3;

    private static readonly CleaningRule[] PageBreakRules = [.. CleaningRuleSet.Default.Rules.Where(r => r.JoinsAcross)];

    public static List<LoadedChapter> Join(IReadOnlyList<LoadedChapter> chapters, ICollection<CleaningEvent> events)
    {
        var result = new List<LoadedChapter>(chapters.Count);
        ChapterIdentity? current = null;
        LoadedChapter? lastPage = null;
        foreach (var chapter in chapters)
        {
            var identity = ChapterIdentity.Of(chapter);
            if (current is not null && lastPage is not null && IsLaterPage(result[^1], current, lastPage, chapter, identity))
            {
                var first = ReferenceEquals(result[^1], lastPage) ? StripPageMark(lastPage, current, events) : result[^1];
                result[^1] = Append(first, chapter, identity, events);
            }
            else
            {
                result.Add(chapter);
                current = identity;
            }

            lastPage = chapter;
        }

        return result;
    }

    private static bool IsLaterPage(LoadedChapter joined, ChapterIdentity first, LoadedChapter previousPage, LoadedChapter page, ChapterIdentity identity)
    {
        if (!first.SameChapterAs(identity) || identity.Page == 1)
        {
            return false;
        }

        var filePage = string.Equals(page.Source.File, previousPage.Source.File, StringComparison.Ordinal)
            ? null
            : ChapterPageMarker.ReadFileName(page.Source.File, previousPage.Source.File);
        var marked = identity.Page >= 2 || filePage >= 2 || EndsWithPageBreak(previousPage);
        return marked && !DuplicateChapterFilter.IsCopy(previousPage, page) && !DuplicateChapterFilter.IsCopy(joined, page);
    }

    private static bool EndsWithPageBreak(LoadedChapter page)
    {
        for (var i = page.Lines.Count - 1; i >= Math.Max(0, page.Lines.Count - NoticeSearchLines); i--)
        {
            var folded = WidthFolder.Fold(page.Lines[i].Text);
            if (PageBreakRules.Any(r => r.MayMatch(folded) && r.Pattern.IsMatch(folded)))
            {
                return true;
            }
        }

        return false;
    }

    private static LoadedChapter Append(LoadedChapter joined, LoadedChapter page, ChapterIdentity identity, ICollection<CleaningEvent> events)
    {
        var detail = joined.Title ?? joined.Source.ToString();
        if (page.Title is not null)
        {
            // A page cut from a whole-book text had its heading reported as a split; it is a join after all.
            if (events.FirstOrDefault(e => e.Action == CleaningAction.ChapterSplit && e.Source == page.Source) is { } split)
            {
                events.Remove(split);
            }

            events.Add(new CleaningEvent(CleaningAction.Joined, RuleId, page.Source, page.Title, detail));
        }

        var lines = new List<SourceLine>(joined.Lines.Count + page.Lines.Count);
        lines.AddRange(joined.Lines);
        for (var i = 0; i < page.Lines.Count; i++)
        {
            if (i == identity.HeadingLine)
            {
                events.Add(new CleaningEvent(CleaningAction.Joined, RuleId, page.Lines[i].Source, page.Lines[i].Text, detail));
                continue;
            }

            lines.Add(page.Lines[i]);
        }

        return joined with { Lines = lines, Number = joined.Number ?? identity.Number };
    }

    /// <summary>The first page of a chapter that had later pages loses its page mark: <c>第12章 标题（1/3）</c> becomes <c>第12章 标题</c>.</summary>
    private static LoadedChapter StripPageMark(LoadedChapter chapter, ChapterIdentity identity, ICollection<CleaningEvent> events)
    {
        if (identity.Page is null || identity.Heading is not { } heading)
        {
            return chapter;
        }

        var (title, _) = ChapterPageMarker.Read(heading);
        if (identity.HeadingLine < 0)
        {
            events.Add(new CleaningEvent(CleaningAction.Cut, RuleId, chapter.Source, heading[title.Length..].Trim(), title));
            return chapter with { Title = title };
        }

        var line = chapter.Lines[identity.HeadingLine];
        events.Add(new CleaningEvent(CleaningAction.Cut, RuleId, line.Source, heading[title.Length..].Trim(), title));
        var lines = chapter.Lines.ToList();
        lines[identity.HeadingLine] = line with { Text = title };
        return chapter with { Lines = lines };
    }
}
