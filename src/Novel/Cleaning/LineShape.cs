using System.Globalization;

namespace Novel.Cleaning;

/// <summary>Small questions about the shape of a line: does it hold words, does it end a sentence, is it CJK.</summary>
internal static class LineShape
{
    /// <summary>True when the text holds at least one letter, digit or CJK character (not only punctuation and spaces).</summary>
    public static bool HasContent(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for a CJK ideograph (the unified block and extension A).</summary>
    public static bool IsCjk(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF');

    /// <summary>True for an ASCII letter or digit.</summary>
    public static bool IsAsciiWord(char c) => char.IsAsciiLetterOrDigit(c);

    /// <summary>
    /// True when a paragraph cut off here plainly continues on the next line: it ends in an ideograph,
    /// a comma, or a Latin letter or digit, not in sentence-ending punctuation or a closing quote.
    /// </summary>
    public static bool EndsMidSentence(string text)
    {
        var trimmed = text.AsSpan().TrimEnd();
        if (trimmed.IsEmpty)
        {
            return false;
        }

        var last = trimmed[^1];
        return IsCjk(last) || IsAsciiWord(last) || last is '，' or ',' or '、';
    }

    /// <summary>True for a character that opens dialogue or an aside, so a line starting with it starts a new paragraph.</summary>
    public static bool OpensParagraph(char first) => first is '“' or '「' or '『' or '"' or '【' or '（' or '(' or '《' or '—';

    /// <summary>The number of letters, digits and ideographs in the text.</summary>
    public static int ContentLength(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// A key for comparing lines across chapters: full-width folded, lower-cased, without whitespace.
    /// </summary>
    public static string NormalisedKey(string text)
    {
        var folded = WidthFolder.Fold(text);
        var buffer = folded.Length <= 256 ? stackalloc char[folded.Length] : new char[folded.Length];
        var length = 0;
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c))
            {
                buffer[length++] = char.ToLower(c, CultureInfo.InvariantCulture);
            }
        }

        return new string(buffer[..length]);
    }
}
