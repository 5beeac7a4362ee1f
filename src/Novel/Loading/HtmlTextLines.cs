using System.Text;
using AngleSharp.Dom;

namespace Novel.Loading;

/// <summary>
/// Turns the content element of a chapter page into lines: <c>&lt;br&gt;</c> and block boundaries (<c>&lt;p&gt;</c>,
/// <c>&lt;div&gt;</c>, …) end a line; runs of HTML whitespace inside a line become one space. Each line carries the
/// 1-based source line where its text starts, found by searching the source forward from the last element's position.
/// </summary>
internal sealed class HtmlTextLines
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "blockquote", "tr", "table",
        "dd", "dt", "dl", "pre", "hr", "center",
    };

    private static readonly char[] Blanks = [.. LineText.Blanks, '\n', '\r'];

    private readonly string source;
    private readonly List<int> lineStarts;
    private readonly List<(string Text, int Line)> lines = [];
    private readonly StringBuilder current = new();
    private int currentLine;
    private int cursor;

    private HtmlTextLines(string source)
    {
        this.source = source;
        lineStarts = [0];
        for (var i = 0; i < source.Length; i++)
        {
            if (source[i] == '\n')
            {
                lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>The element's lines of text with their source lines, untrimmed.</summary>
    public static List<(string Text, int Line)> Read(IElement content, string source)
    {
        var reader = new HtmlTextLines(source);
        reader.Advance(content);
        reader.Walk(content);
        reader.EndLine();
        return reader.lines;
    }

    private void Walk(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    AddText(text.Data);
                    break;
                case IElement element when BlockTags.Contains(element.LocalName):
                    EndLine();
                    Advance(element);
                    Walk(element);
                    EndLine();
                    break;
                case IElement element:
                    Advance(element);
                    Walk(element);
                    break;
            }
        }
    }

    private void Advance(IElement element)
    {
        if (element.SourceReference?.Position is { } position && position.Index > cursor)
        {
            cursor = Math.Min(position.Index, source.Length);
        }
    }

    private void AddText(string data)
    {
        var trimmed = data.AsSpan().Trim(Blanks);
        if (trimmed.IsEmpty)
        {
            if (current.Length > 0 && data.Length > 0)
            {
                current.Append(' ');
            }

            return;
        }

        if (current.Length == 0 || current.ToString().AsSpan().Trim(Blanks).IsEmpty)
        {
            currentLine = LocateLine(trimmed);
        }

        foreach (var c in data)
        {
            var isHtmlSpace = c is ' ' or '\t' or '\n' or '\r' or '\f';
            if (c == '\u00A0')
            {
                current.Append(' '); // &nbsp; inside a line is a space; at the line's start it is indentation, trimmed later
            }
            else if (!isHtmlSpace)
            {
                current.Append(c);
            }
            else if (current.Length > 0 && current[^1] != ' ')
            {
                current.Append(' ');
            }
        }
    }

    private int LocateLine(ReadOnlySpan<char> text)
    {
        var key = SearchKey(text);
        if (key.Length > 0)
        {
            var at = source.AsSpan(cursor).IndexOf(key, StringComparison.Ordinal);
            if (at >= 0)
            {
                cursor += at + key.Length;
                return LineOf(cursor - key.Length);
            }
        }

        return LineOf(cursor);
    }

    /// <summary>The first characters of the text that stand in the source as written (no entity could have produced them).</summary>
    private static ReadOnlySpan<char> SearchKey(ReadOnlySpan<char> text)
    {
        var length = 0;
        while (length < text.Length && length < 4 && text[length] is not ('&' or '<' or '>' or '"' or '\'' or '\u00A0') && !char.IsWhiteSpace(text[length]))
        {
            length++;
        }

        return text[..length];
    }

    private int LineOf(int index)
    {
        var found = lineStarts.BinarySearch(index);
        return (found >= 0 ? found : ~found - 1) + 1;
    }

    private void EndLine()
    {
        if (current.Length > 0)
        {
            lines.Add((current.ToString(), currentLine));
            current.Clear();
        }
    }
}
