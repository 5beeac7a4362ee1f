namespace Novel.Cleaning;

/// <summary>
/// Folds full-width letters, digits and punctuation (<c>ｗｗｗ．ｂｉｑｕｇｅ．ｃｏｍ</c>) and the ideographic space to ASCII,
/// one character for one, so a match on the folded text has the same offsets in the original.
/// </summary>
internal static class WidthFolder
{
    private const char FullWidthFirst = '\uFF01';
    private const char FullWidthLast = '\uFF5E';
    private const char IdeographicSpace = '\u3000';
    private const char NoBreakSpace = '\u00A0';

    /// <summary>Returns the text with full-width forms folded; the same instance when there is nothing to fold.</summary>
    public static string Fold(string text)
    {
        var first = IndexOfFoldable(text);
        return first < 0 ? text : string.Create(text.Length, (text, first), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            for (var i = state.first; i < span.Length; i++)
            {
                span[i] = FoldChar(span[i]);
            }
        });
    }

    /// <summary>Writes the text with full-width forms folded into <paramref name="destination"/>, which is at least as long.</summary>
    public static ReadOnlySpan<char> FoldInto(ReadOnlySpan<char> text, Span<char> destination)
    {
        for (var i = 0; i < text.Length; i++)
        {
            destination[i] = FoldChar(text[i]);
        }

        return destination[..text.Length];
    }

    /// <summary>Folds one character.</summary>
    public static char FoldChar(char c) => c switch
    {
        >= FullWidthFirst and <= FullWidthLast => (char)(c - FullWidthFirst + '!'),
        IdeographicSpace or NoBreakSpace => ' ',
        _ => c,
    };

    private static int IndexOfFoldable(string text)
    {
        var span = text.AsSpan();
        var wide = span.IndexOfAnyInRange(FullWidthFirst, FullWidthLast);
        var space = span.IndexOfAny(IdeographicSpace, NoBreakSpace);
        return wide < 0 ? space : space < 0 ? wide : Math.Min(wide, space);
    }
}
