namespace Novel.Alignment;

/// <summary>
/// Cuts a text into alignment units. <see cref="UnitKind.Line"/>: every line is a unit whose index is its 0-based
/// line number; blank lines are not aligned, so indices stay those of the file. <see cref="UnitKind.Paragraph"/>:
/// blocks separated by blank lines, numbered in order. <see cref="UnitKind.Sentence"/>: paragraphs cut by the
/// Chinese (original) or English (translation) sentence splitter, numbered in order.
/// </summary>
public static class TextUnitReader
{
    /// <summary>The units of <paramref name="text"/>; <paramref name="isOriginal"/> picks the Chinese sentence splitter.</summary>
    public static IReadOnlyList<TextUnit> Read(string text, UnitKind kind, bool isOriginal) => kind switch
    {
        UnitKind.Line => Lines(text).Select((line, i) => new TextUnit(i, line.Trim())).Where(u => u.Text.Length > 0).ToList(),
        UnitKind.Paragraph => Paragraphs(text).Select((p, i) => new TextUnit(i, p)).ToList(),
        _ => Paragraphs(text)
            .SelectMany(p => isOriginal ? ChineseSentenceSplitter.Split(p) : EnglishSentenceSplitter.Split(p))
            .Select((s, i) => new TextUnit(i, s))
            .ToList(),
    };

    private static string[] Lines(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        return lines.Length > 0 && lines[^1].Length == 0 ? lines[..^1] : lines;
    }

    private static IEnumerable<string> Paragraphs(string text)
    {
        var block = new List<string>();
        foreach (var line in Lines(text).Append(string.Empty))
        {
            if (line.Trim().Length > 0)
            {
                block.Add(line.Trim());
            }
            else if (block.Count > 0)
            {
                yield return string.Join(' ', block);
                block.Clear();
            }
        }
    }
}
