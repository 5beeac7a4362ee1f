using System.Globalization;
using System.Text.RegularExpressions;
using Novel.Loading;
using Novel.Model;

namespace Novel.Pairing;

/// <summary>
/// Cuts a whole-book English translation (one decoded text, for example a Project Gutenberg file) into chapters by
/// their headings (<c>CHAPTER I.</c>, <c>CHAPTER XXVII</c>, <c>Chapter 12</c>, <c>Chapter 3: Title</c>), after
/// dropping the Project Gutenberg header and licence footer. Each chapter keeps its number so that it pairs with
/// the original's chapter of the same number; text before the first heading (title page, preface) is dropped.
/// </summary>
public static partial class EnglishBookSplitter
{
    /// <summary>The chapters of <paramref name="text"/>, in order; <paramref name="file"/> names the source in locations.</summary>
    public static IReadOnlyList<TranslatedChapter> Split(string text, string file)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var (first, end) = Body(lines);
        var chapters = new List<TranslatedChapter>();
        var i = first;
        while (i < end && Heading(lines, i) is null)
        {
            i++;
        }

        // The book's own closing line ("END OF BOOK I", "THE END") ends the last chapter; errata and notes follow.
        var closing = Array.FindIndex(lines, i, end - i, l => EndOfBook().IsMatch(l.Trim()));
        end = closing < 0 ? end : closing;

        while (i < end)
        {
            var (number, title) = Heading(lines, i)!.Value;
            var heading = lines[i].Trim();
            i++;
            var next = i;
            while (next < end && Heading(lines, next) is null)
            {
                next++;
            }

            var body = Blocks(lines, i, next, file);
            if (title is null && body.Count > 0 && body[0].Indented)
            {
                title = body[0].Paragraph.Text;
                body.RemoveAt(0);
            }

            chapters.Add(new TranslatedChapter(number, heading, title, body.Select(b => b.Paragraph).ToList()));
            i = next;
        }

        return chapters;
    }

    // The lines between the Project Gutenberg start and end markers, or all lines when there are none.
    private static (int First, int End) Body(string[] lines)
    {
        var first = Array.FindIndex(lines, l => GutenbergStart().IsMatch(l));
        var end = Array.FindIndex(lines, l => GutenbergEnd().IsMatch(l));
        return (first < 0 ? 0 : first + 1, end < 0 ? lines.Length : end);
    }

    private static (int Number, string? Title)? Heading(string[] lines, int i)
    {
        var match = ChapterHeading().Match(lines[i]);
        if (!match.Success || (i > 0 && lines[i - 1].Trim().Length > 0))
        {
            return null;
        }

        var label = match.Groups["number"].Value;
        int? number = char.IsDigit(label[0]) ? int.Parse(label, CultureInfo.InvariantCulture) : RomanNumeral.Parse(label);
        if (number is null)
        {
            return null;
        }

        var title = match.Groups["title"].Value.Trim();
        return (number.Value, title.Length > 0 ? title : null);
    }

    private static List<(Paragraph Paragraph, bool Indented)> Blocks(string[] lines, int from, int to, string file)
    {
        var blocks = new List<(Paragraph, bool)>();
        var i = from;
        while (i < to)
        {
            if (lines[i].Trim().Length == 0)
            {
                i++;
                continue;
            }

            var start = i;
            var indented = lines[i].StartsWith(' ') || lines[i].StartsWith('\t');
            while (i < to && lines[i].Trim().Length > 0)
            {
                i++;
            }

            var text = string.Join(' ', lines[start..i].Select(l => l.Trim()));
            blocks.Add((new Paragraph(text, new SourceLocation(file, start + 1)), indented));
        }

        return blocks;
    }

    [GeneratedRegex(@"^\s*(?:CHAPTER|Chapter)\s+(?<number>[IVXLCDM]+|\d+)(?![\w])\.?\s*(?:[.:\u2014-]\s*(?<title>.*))?$")]
    private static partial Regex ChapterHeading();

    [GeneratedRegex(@"^\*{3}\s*START OF", RegexOptions.IgnoreCase)]
    private static partial Regex GutenbergStart();

    [GeneratedRegex(@"^\*{3}\s*END OF|^End of (?:the )?Project Gutenberg", RegexOptions.IgnoreCase)]
    private static partial Regex GutenbergEnd();

    [GeneratedRegex(@"^(?:THE END|END OF (?:BOOK|VOLUME)\b[^a-z]*)\.?$")]
    private static partial Regex EndOfBook();
}
