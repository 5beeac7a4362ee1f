namespace Novel.Cleaning;

/// <summary>
/// Recognises a site's list of other novels' titles by its shape: many short space-separated segments, mostly
/// Chinese, of varied length, with no sentence punctuation. A poem line (few, equal segments) or a list of names
/// (two or three characters each) does not qualify.
/// </summary>
internal static class RecommendationListDetector
{
    /// <summary>The rule id reported for a removed list.</summary>
    public const string RuleId = "recommendation-list";

    private const int MinSegments = 6;
    private const int MaxSegmentLength = 24;
    private const int MinLongSegments = 3;
    private const int LongSegment = 5;
    private const double MinAverageLength = 4.0;

    /// <summary>False when the (width-folded) line has too few spaces for <see cref="IsList"/> to hold.</summary>
    public static bool MayBeList(ReadOnlySpan<char> foldedLine) => foldedLine.Count(' ') + foldedLine.Count('\t') >= MinSegments - 1;

    /// <summary>True when the (width-folded) line is a list of titles.</summary>
    public static bool IsList(string foldedLine)
    {
        var span = foldedLine.AsSpan().Trim();
        if (!MayBeList(span))
        {
            return false;
        }

        int segments = 0, longSegments = 0, totalLength = 0, firstLength = -1;
        var variedLengths = false;
        foreach (var range in span.SplitAny(' ', '\t'))
        {
            var segment = span[range];
            if (segment.IsEmpty)
            {
                continue;
            }

            if (segment.Length > MaxSegmentLength || !IsTitleLike(segment))
            {
                return false;
            }

            segments++;
            totalLength += segment.Length;
            longSegments += segment.Length >= LongSegment ? 1 : 0;
            variedLengths |= firstLength >= 0 && segment.Length != firstLength;
            firstLength = firstLength < 0 ? segment.Length : firstLength;
        }

        return segments >= MinSegments && longSegments >= MinLongSegments && variedLengths
            && (double)totalLength / segments >= MinAverageLength;
    }

    private static bool IsTitleLike(ReadOnlySpan<char> segment)
    {
        int letters = 0, cjk = 0;
        foreach (var c in segment)
        {
            if (c is '。' or ',' or '、' or ';' or '?' or '“' or '”' or '"' or '‘' or '’' or '「' or '」' or '『' or '』' or '…')
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
                cjk += LineShape.IsCjk(c) ? 1 : 0;
            }
        }

        return letters > 0 && cjk * 2 >= letters && !segment.Contains("..", StringComparison.Ordinal);
    }
}
