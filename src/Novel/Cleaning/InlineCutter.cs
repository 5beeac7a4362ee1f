using System.Text;

namespace Novel.Cleaning;

/// <summary>Finds what the inline rules cut out of a line, and cuts it.</summary>
internal static class InlineCutter
{
    /// <summary>
    /// The inline rules' matches in the folded line, widened over the spaces around them, sorted and merged; null when
    /// none matched. <paramref name="hits"/> is <see cref="CleaningRuleSet.ScanTriggers"/>'s answer for the line.
    /// </summary>
    public static List<InlineCut>? FindCuts(CleaningRuleSet rules, string folded, ReadOnlySpan<bool> hits)
    {
        List<InlineCut>? cuts = null;
        var inlineHits = hits[rules.InlineHitOffset..];
        for (var i = 0; i < rules.InlineRules.Length; i++)
        {
            var rule = rules.InlineRules[i];
            if (!inlineHits[i] && rule.Triggers.Count > 0)
            {
                continue;
            }

            foreach (var match in rule.Pattern.EnumerateMatches(folded))
            {
                if (match.Length == 0)
                {
                    continue;
                }

                var start = match.Index;
                var end = match.Index + match.Length;
                while (start > 0 && folded[start - 1] == ' ')
                {
                    start--;
                }

                while (end < folded.Length && folded[end] == ' ')
                {
                    end++;
                }

                (cuts ??= []).Add(new InlineCut(start, end - start, rule));
            }
        }

        return cuts is null ? null : InlineCut.Merge(cuts);
    }

    /// <summary>The text with the cuts taken out, a space kept where a cut parted two Latin words, trimmed.</summary>
    public static string Apply(string text, List<InlineCut> cuts)
    {
        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var cut in cuts)
        {
            builder.Append(text, position, cut.Start - position);
            position = cut.Start + cut.Length;
            var before = builder.Length > 0 ? builder[^1] : '\0';
            var after = position < text.Length ? text[position] : '\0';
            if (LineShape.IsAsciiWord(before) && LineShape.IsAsciiWord(after))
            {
                builder.Append(' ');
            }
        }

        builder.Append(text, position, text.Length - position);
        return builder.ToString().Trim();
    }
}
