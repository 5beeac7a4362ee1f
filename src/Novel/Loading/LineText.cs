using System.Text.RegularExpressions;

namespace Novel.Loading;

/// <summary>Trims a raw line the way every loader does: blanks of all widths, and entity-written indentation.</summary>
internal static partial class LineText
{
    /// <summary>The blank characters trimmed from both ends of a line: ASCII and full-width spaces, NBSP, BOM, zero-width space.</summary>
    public static readonly char[] Blanks = [' ', '\t', '\f', '\v', '\u3000', '\u00A0', '\uFEFF', '\u200B', '\u2002', '\u2003', '\u2009', '\u202F'];

    /// <summary>
    /// Trims blanks at both ends and the literal entity indentation scrapes leave at a line's start
    /// (<c>&amp;nbsp;&amp;nbsp;</c>, <c>&amp;#12288;</c>, <c>&amp;emsp;</c>).
    /// </summary>
    public static string Trim(string raw)
    {
        var text = TrimSpan(raw);
        return text.Length == raw.Length ? raw : text.ToString();
    }

    /// <summary>Like <see cref="Trim(string)"/>, for a line that is a slice of a bigger text: only the trimmed text is copied.</summary>
    public static string Trim(ReadOnlySpan<char> raw) => TrimSpan(raw).ToString();

    /// <summary>Like <see cref="Trim(ReadOnlySpan{char})"/>, without copying: the trimmed part of <paramref name="raw"/>.</summary>
    public static ReadOnlySpan<char> TrimSpan(ReadOnlySpan<char> raw)
    {
        var text = raw.Trim(Blanks);
        if (!text.IsEmpty && text[0] == '&')
        {
            foreach (var indent in EntityIndent().EnumerateMatches(text))
            {
                return text[indent.Length..].Trim(Blanks);
            }
        }

        return text;
    }

    /// <summary>
    /// True when the raw line opens with paragraph indentation: a full-width space, a tab, a no-break space, an
    /// entity-written space, or at least two ASCII spaces (one stray space is not indentation).
    /// </summary>
    public static bool IsIndented(ReadOnlySpan<char> raw) => raw.Length > 0 && raw[0] switch
    {
        '\u3000' or '\t' or '\u00A0' or '\u2003' => true,
        ' ' => raw.Length > 1 && raw[1] == ' ',
        '&' => EntityIndent().IsMatch(raw),
        _ => false,
    };

    [GeneratedRegex(@"^(?:&(?:nbsp|emsp|ensp|thinsp|#160|#xa0|#12288|#x3000);?[\s\u3000\u00A0]*)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EntityIndent();
}
