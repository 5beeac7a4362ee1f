using System.Text;

namespace Novel.Epub;

/// <summary>
/// Removes the characters XML 1.0 cannot carry: C0 controls other than tab, line feed and carriage return,
/// U+FFFE, U+FFFF and unpaired surrogates. Escaping is the XML writer's job, not this one's.
/// </summary>
internal static class XmlTextSanitizer
{
    /// <summary>Returns <paramref name="text"/> without characters XML cannot carry (the same instance when it has none).</summary>
    public static string Clean(string text)
    {
        var firstBad = FirstInvalidIndex(text);
        if (firstBad < 0)
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        clean.Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            var width = ValidWidthAt(text, i);
            if (width == 2)
            {
                clean.Append(text, i, 2);
                i++;
            }
            else if (width == 1)
            {
                clean.Append(text[i]);
            }
        }

        return clean.ToString();
    }

    private static int FirstInvalidIndex(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var width = ValidWidthAt(text, i);
            if (width == 0)
            {
                return i;
            }

            i += width - 1;
        }

        return -1;
    }

    /// <summary>The number of UTF-16 units of the valid character at <paramref name="i"/>, or 0 when it is invalid.</summary>
    private static int ValidWidthAt(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 0;
        }

        if (char.IsLowSurrogate(c))
        {
            return 0;
        }

        var allowed = c switch
        {
            '\t' or '\n' or '\r' => true,
            < '\u0020' => false,
            '\uFFFE' or '\uFFFF' => false,
            _ => true,
        };
        return allowed ? 1 : 0;
    }
}
