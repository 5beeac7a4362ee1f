using Novel.Model;

namespace Novel.Cleaning;

/// <summary>
/// Re-joins a paragraph that a site split across pages: when page-break furniture (a rule marked
/// <see cref="CleaningRule.JoinsAcross"/>) was removed after a kept line that stops mid-sentence, the next kept line
/// is appended to it. A line that opens dialogue, an author's note, or a user-kept line is never joined.
/// </summary>
internal static class PageBreakJoiner
{
    /// <summary>Joins split paragraphs; <paramref name="joined"/> is told (line, line it was joined into, page-break rule).</summary>
    public static void Join(LineState[] lines, Action<int, int, string> joined)
    {
        var lastKept = -1;
        string? pendingBreak = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Fate != LineFate.Kept)
            {
                pendingBreak = line.PageBreakRule ?? pendingBreak;
                continue;
            }

            if (pendingBreak is not null && lastKept >= 0 && CanJoin(lines[lastKept], line))
            {
                var previous = lines[lastKept];
                var separator = LineShape.IsAsciiWord(previous.Text[^1]) && LineShape.IsAsciiWord(line.Text[0]) ? " " : "";
                previous.Text = previous.Text + separator + line.Text;
                line.Fate = LineFate.Joined;
                line.RuleId = pendingBreak;
                joined(i, lastKept, pendingBreak);
            }
            else
            {
                lastKept = i;
            }

            pendingBreak = line.PageBreakRule;
        }
    }

    private static bool CanJoin(LineState previous, LineState next) =>
        previous.Role == ParagraphRole.Story && next.Role == ParagraphRole.Story
        && !previous.UserKept && !next.UserKept
        && LineShape.EndsMidSentence(previous.Text) && next.Text.Length > 0 && !LineShape.OpensParagraph(next.Text[0]);
}
