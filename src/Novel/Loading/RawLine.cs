namespace Novel.Loading;

/// <summary>One line of a whole-book text: its 1-based number, raw form, trimmed text, display width and indentation.</summary>
/// <param name="Number">The 1-based line number.</param>
/// <param name="Raw">The line as it stands, without its line ending.</param>
/// <param name="Text">The line trimmed by <see cref="LineText.Trim(ReadOnlySpan{char})"/>.</param>
/// <param name="DisplayWidth">The columns the raw line takes in a fixed-width view: two for wide (CJK, full-width) characters.</param>
/// <param name="IsIndented">Whether the raw line opens with paragraph indentation.</param>
internal readonly record struct RawLine(int Number, ReadOnlyMemory<char> Raw, string Text, int DisplayWidth, bool IsIndented)
{
    public bool IsBlank => Text.Length == 0;

    public static RawLine From(int number, ReadOnlyMemory<char> raw) =>
        new(number, raw, LineText.Trim(raw.Span), WidthOf(raw.Span), LineText.IsIndented(raw.Span));

    /// <summary>A line of text made up by the splitter (spilled title text), measured as it stands.</summary>
    public static RawLine Synthetic(int number, string text) => new(number, text.AsMemory(), text, WidthOf(text), false);

    private static int WidthOf(ReadOnlySpan<char> raw)
    {
        var width = 0;
        foreach (var c in raw.TrimEnd(LineText.Blanks))
        {
            width += c >= '\u1100' && (c <= '\u115F' || c >= '\u2E80') && c is not (>= '\uFF61' and <= '\uFFDC') ? 2 : 1;
        }

        return width;
    }
}
