using Novel.Model;

namespace Novel.Cleaning;

/// <summary>
/// Finds other novels' blurbs a site appends to a chapter: long lines cut off with <c>...</c> or <c>…</c>, after a
/// recommendation list, or in a run at the chapter's tail that follows removed junk, carries entity residue, or is
/// at least three lines long. A single story line that happens to end in an ellipsis is never taken.
/// </summary>
internal static class TailBlurbDetector
{
    /// <summary>The rule id reported for a removed blurb.</summary>
    public const string RuleId = "novel-blurb";

    private const int MinContentLength = 25;
    private const int MinRunAlone = 3;
    private const int MinRunAfterJunk = 2;

    /// <summary>Marks the blurbs among the chapter's lines as removed.</summary>
    public static void Detect(LineState[] lines, Action<int, string> remove)
    {
        var lastList = Array.FindLastIndex(lines, l => l.IsRecommendationList);
        for (var i = lastList + 1; lastList >= 0 && i < lines.Length; i++)
        {
            if (IsCandidate(lines[i]))
            {
                remove(i, RuleId);
            }
        }

        var run = new List<int>();
        var end = lines.Length - 1;
        for (; end >= 0; end--)
        {
            if (lines[end].Fate == LineFate.Removed)
            {
                continue;
            }

            if (!IsCandidate(lines[end]))
            {
                break;
            }

            run.Add(end);
        }

        if (run.Count == 0)
        {
            return;
        }

        var firstOfRun = run[^1];
        var afterJunk = firstOfRun > 0 && lines[firstOfRun - 1].Fate == LineFate.Removed;
        var residue = run.Exists(i => lines[i].HadResidue);
        if (residue || run.Count >= MinRunAlone || (afterJunk && run.Count >= MinRunAfterJunk))
        {
            run.ForEach(i => remove(i, RuleId));
        }
    }

    /// <summary>True for a long line cut off with an ellipsis (not the doubled Chinese <c>……</c>).</summary>
    public static bool IsTruncated(string text)
    {
        var trimmed = text.AsSpan().TrimEnd();
        var cut = trimmed.EndsWith("...", StringComparison.Ordinal) || trimmed.EndsWith("。。。", StringComparison.Ordinal)
            || (trimmed.EndsWith("…", StringComparison.Ordinal) && !trimmed.EndsWith("……", StringComparison.Ordinal));
        return cut && LineShape.ContentLength(trimmed) >= MinContentLength;
    }

    private static bool IsCandidate(LineState line) =>
        line.Fate == LineFate.Kept && line.Role == ParagraphRole.Story && !line.UserKept && IsTruncated(line.Text);
}
