using System.Text;
using Novel.Cleaning;
using Novel.Model;

namespace Novel.Loading;

/// <summary>
/// Re-joins paragraphs a text editor or an old e-text hard-wrapped at a fixed width. A text counts as hard-wrapped
/// when most of its lines are about as wide as the commonest width of their chapter. Then, in a chapter whose
/// paragraphs are marked (they open with indentation <c>　　</c>, or blank lines stand between them), a line without
/// indentation continues the paragraph before it; in a chapter with no such marks, a line continues the paragraph
/// when the line before it was full width. A blank line always ends a paragraph, and a line of site junk (one the
/// built-in whole-line rules match) is never joined to a paragraph or joined onto. Each join is reported as
/// <c>join-hard-wrap</c>.
/// </summary>
internal sealed class HardWrapJoiner
{
    /// <summary>How many columns short of its chapter's commonest width a line may be and still count as full.</summary>
    private const int FullWidthSlack = 6;
    private const int MinWrapWidth = 20;
    private const double MinNearWidthShare = 0.45;
    private const int MinLines = 20;
    private const double MinIndentedShare = 0.02;
    private const double MinBlankShare = 0.1;

    private readonly bool hardWrapped;

    private HardWrapJoiner(bool hardWrapped) => this.hardWrapped = hardWrapped;

    /// <summary>Decides, from all the chapters' lines together, whether the text is hard-wrapped.</summary>
    public static HardWrapJoiner For(IEnumerable<ChapterDraft> drafts)
    {
        int total = 0, near = 0;
        foreach (var draft in drafts)
        {
            var wrap = CommonestWidth(draft.Body);
            foreach (var line in draft.Body)
            {
                if (!line.IsBlank)
                {
                    total++;
                    near += wrap >= MinWrapWidth && IsNear(line.DisplayWidth, wrap) ? 1 : 0;
                }
            }
        }

        return new HardWrapJoiner(total >= MinLines && near >= total * MinNearWidthShare);
    }

    /// <summary>Whether the text was judged hard-wrapped.</summary>
    public bool IsHardWrapped => hardWrapped;

    /// <summary>The chapter body's paragraphs: its non-blank lines, hard-wrapped ones joined.</summary>
    public List<SourceLine> Join(List<RawLine> body, string path, List<CleaningEvent> events)
    {
        var result = new List<SourceLine>();
        var wrap = CommonestWidth(body);
        int textLines = 0, indentedLines = 0;
        foreach (var line in body)
        {
            textLines += line.IsBlank ? 0 : 1;
            indentedLines += !line.IsBlank && line.IsIndented ? 1 : 0;
        }

        var blankLines = body.Count - textLines;

        // Paragraphs are marked, by indentation or by blank lines between them: any line not indented continues one.
        var marked = indentedLines >= Math.Max(1, textLines * MinIndentedShare) || blankLines >= Math.Max(2, textLines * MinBlankShare);

        var paragraph = new StringBuilder();
        RawLine? first = null, previous = null;
        var previousJunk = false;
        foreach (var line in body)
        {
            if (line.IsBlank)
            {
                Flush();
                continue;
            }

            var junk = hardWrapped && IsJunk(line);
            if (previous is { } before && hardWrapped && !junk && !previousJunk && Continues(before, line, wrap, marked))
            {
                if (paragraph.Length > 0 && NeedsSpace(paragraph[^1], line.Text[0]))
                {
                    paragraph.Append(' ');
                }

                paragraph.Append(line.Text);
                events.Add(new CleaningEvent(CleaningAction.Joined, "join-hard-wrap", new SourceLocation(path, line.Number), line.Text));
            }
            else
            {
                Flush();
                first = line;
                paragraph.Append(line.Text);
            }

            previous = line;
            previousJunk = junk;
        }

        Flush();
        return result;

        void Flush()
        {
            if (first is { } start && paragraph.Length > 0)
            {
                // A paragraph of one line is that line's text: no copy.
                var text = paragraph.Length == start.Text.Length ? start.Text : paragraph.ToString();
                result.Add(new SourceLine(text, new SourceLocation(path, start.Number)));
            }

            paragraph.Clear();
            first = null;
            previous = null;
        }
    }

    // A line that stopped short of the wrap width on a sentence's end closed its paragraph, so an unindented line
    // after it (site junk such as a QR prompt, most often) stands alone rather than being glued onto the story.
    private static bool Continues(RawLine before, RawLine line, int wrap, bool marked) =>
        marked
            ? !line.IsIndented && !(before.DisplayWidth < wrap - FullWidthSlack && EndsSentence(before.Text))
            : before.DisplayWidth >= wrap - FullWidthSlack && wrap >= MinWrapWidth;

    // Site junk on a line of its own (a QR prompt after a paragraph that happened to end at the wrap width) is never
    // glued to the story, where the cleaner's whole-line rules could no longer see it.
    private static bool IsJunk(RawLine line) => CleaningRuleSet.Default.IsBoilerplateLine(line.Text);

    private static bool EndsSentence(string text) =>
        text.TrimEnd().LastOrDefault() is '。' or '！' or '？' or '”' or '」' or '』' or '…' or '．' or '.' or '!' or '?' or '"';

    private static bool IsNear(int width, int wrap) => width >= wrap - FullWidthSlack && width <= wrap + (FullWidthSlack / 2);

    private static bool NeedsSpace(char last, char next) => char.IsAsciiLetterOrDigit(last) && char.IsAsciiLetterOrDigit(next)
        || (last is '.' or ',' or ';' or ':' or '!' or '?' && char.IsAsciiLetter(next));

    /// <summary>The commonest width among lines at least <see cref="MinWrapWidth"/> wide (0 when there are none).</summary>
    private static int CommonestWidth(List<RawLine> lines)
    {
        var counts = new Dictionary<int, int>();
        foreach (var line in lines)
        {
            if (line.DisplayWidth >= MinWrapWidth)
            {
                counts[line.DisplayWidth] = counts.GetValueOrDefault(line.DisplayWidth) + 1;
            }
        }

        return counts.Count == 0 ? 0 : counts.MaxBy(kv => (kv.Value, kv.Key)).Key;
    }
}
