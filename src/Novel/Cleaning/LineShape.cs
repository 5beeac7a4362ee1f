
namespace Novel.Cleaning;

/// <summary>Small questions about the shape of a line: does it hold words, does it end a sentence, is it CJK.</summary>
internal static class LineShape
{
    /// <summary>
    /// <c>char.ToLower(c, CultureInfo.InvariantCulture)</c> for every UTF-16 code unit, computed in one call instead of
    /// one call into ICU a character (surrogates map to themselves, as they do one at a time).
    /// </summary>
    private static readonly Lazy<string> LowerCaseTable = new(BuildLowerCaseTable);

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
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            var folded = WidthFolder.FoldChar(c);
            if (!char.IsWhiteSpace(folded))
            {
                buffer[length++] = LowerInvariant(folded);
            }
        }

        return new string(buffer[..length]);
    }

    /// <summary>The invariant lower case of a character: ASCII computed, anything else looked up in <see cref="LowerCaseTable"/>.</summary>
    private static char LowerInvariant(char c) =>
        c < 0x80 ? (char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c) : LowerCaseTable.Value[c];

    private static string BuildLowerCaseTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = char.IsSurrogate((char)i) ? ' ' : (char)i;
        }

        var lower = new char[table.Length];
        table.AsSpan().ToLowerInvariant(lower);
        for (var i = 0xD800; i <= 0xDFFF; i++)
        {
            lower[i] = (char)i;
        }

        return new string(lower);
    }
}
