namespace Novel.Loading;

/// <summary>Splits text into lines at any line ending: CRLF, LF, CR, NEL, U+2028 and U+2029.</summary>
internal static class LineSplitter
{
    /// <summary>
    /// The text's lines with their 1-based numbers, line endings removed; a final empty line is not yielded. Each line
    /// is a slice of the text, so nothing is copied until a caller keeps a line.
    /// </summary>
    public static IEnumerable<(int Number, ReadOnlyMemory<char> Text)> Split(string text)
    {
        var number = 1;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029')
            {
                yield return (number++, text.AsMemory(start, i - start));
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return (number, text.AsMemory(start));
        }
    }
}
