namespace Novel.Loading;

/// <summary>
/// Finds the Project Gutenberg header and licence footer around a book's text: everything up to the
/// <c>*** START OF … PROJECT GUTENBERG …</c> line and from the <c>*** END OF …</c> line (or the
/// <c>End of the Project Gutenberg EBook …</c> line just above it) on. Errata and transcriber's notes the edition puts
/// inside the frame are left for the cleaner.
/// </summary>
internal static class GutenbergFrame
{
    /// <summary>The index of the first and one past the last line of the book proper.</summary>
    public static (int Start, int End) Find(IReadOnlyList<RawLine> lines)
    {
        int start = 0, end = lines.Count;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (!text.StartsWith("***", StringComparison.Ordinal) || !text.Contains("GUTENBERG", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (text.Contains("START OF", StringComparison.OrdinalIgnoreCase) && start == 0)
            {
                start = i + 1;
            }
            else if (text.Contains("END OF", StringComparison.OrdinalIgnoreCase) && i >= start)
            {
                end = i;
                break;
            }
        }

        // "End of the Project Gutenberg EBook of …" just above the end marker belongs to the footer too.
        for (var i = end - 1; i >= start && i >= end - 5; i--)
        {
            if (lines[i].Text.StartsWith("End of", StringComparison.OrdinalIgnoreCase) && lines[i].Text.Contains("Gutenberg", StringComparison.OrdinalIgnoreCase))
            {
                end = i;
                break;
            }
        }

        return (start, end);
    }
}
