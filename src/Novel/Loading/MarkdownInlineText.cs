using System.Text;
using Markdig.Syntax.Inlines;
using Novel.Model;

namespace Novel.Loading;

/// <summary>
/// Turns Markdig inlines into <see cref="TextRun"/>s: emphasis and strong emphasis become styles, code, entities,
/// autolinks and raw HTML become plain text, link text is kept without its target, and line breaks become a space
/// (none between two Chinese characters).
/// </summary>
internal static class MarkdownInlineText
{
    public static StyledText Runs(ContainerInline? inline)
    {
        var builder = new RunBuilder();
        if (inline is not null)
        {
            Walk(inline, InlineStyle.None, builder);
        }

        return new StyledText(builder.Finish());
    }

    /// <summary>Lines of one paragraph joined as Markdown joins soft breaks.</summary>
    public static string JoinLines(IEnumerable<string> lines)
    {
        var builder = new RunBuilder();
        var first = true;
        foreach (var line in lines)
        {
            if (!first)
            {
                builder.Break();
            }

            builder.Append(line, InlineStyle.None);
            first = false;
        }

        var runs = builder.Finish();
        return runs.Count == 0 ? string.Empty : runs[0].Text;
    }

    private static void Walk(Inline inline, InlineStyle style, RunBuilder builder)
    {
        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.ToString(), style);
                break;
            case LineBreakInline:
                builder.Break();
                break;
            case CodeInline code:
                builder.Append(code.Content, style);
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.ToString(), style);
                break;
            case HtmlInline html:
                builder.Append(html.Tag, style);
                break;
            case AutolinkInline autolink:
                builder.Append(autolink.Url, style);
                break;
            case EmphasisInline emphasis:
                var added = emphasis.DelimiterCount switch
                {
                    1 => InlineStyle.Emphasis,
                    2 => InlineStyle.Strong,
                    _ => InlineStyle.Emphasis | InlineStyle.Strong,
                };
                WalkChildren(emphasis, style | added, builder);
                break;
            case ContainerInline container:
                WalkChildren(container, style, builder);
                break;
        }
    }

    private static void WalkChildren(ContainerInline container, InlineStyle style, RunBuilder builder)
    {
        foreach (var child in container)
        {
            Walk(child, style, builder);
        }
    }

    /// <summary>Collects text into runs, merging adjacent runs of one style and turning breaks into spaces.</summary>
    private sealed class RunBuilder
    {
        private readonly List<TextRun> runs = [];
        private readonly StringBuilder current = new();
        private InlineStyle currentStyle;
        private bool pendingBreak;

        public void Break() => pendingBreak = true;

        public void Append(string text, InlineStyle style)
        {
            if (text.Length == 0)
            {
                return;
            }

            if (pendingBreak)
            {
                pendingBreak = false;
                var last = LastChar();
                if (last is { } c && !(IsChinese(c) && IsChinese(text[0])) && !char.IsWhiteSpace(c) && !char.IsWhiteSpace(text[0]))
                {
                    AppendRaw(" ", currentStyle == style || current.Length == 0 ? style : InlineStyle.None);
                }
            }

            AppendRaw(text, style);
        }

        public List<TextRun> Finish()
        {
            Flush();
            if (runs.Count > 0)
            {
                runs[0] = runs[0] with { Text = runs[0].Text.TrimStart() };
                runs[^1] = runs[^1] with { Text = runs[^1].Text.TrimEnd() };
                runs.RemoveAll(r => r.Text.Length == 0);
            }

            return runs;
        }

        private void AppendRaw(string text, InlineStyle style)
        {
            if (current.Length > 0 && style != currentStyle)
            {
                Flush();
            }

            currentStyle = style;
            current.Append(text);
        }

        private char? LastChar() => current.Length > 0 ? current[^1] : runs.Count > 0 ? runs[^1].Text[^1] : null;

        private void Flush()
        {
            if (current.Length > 0)
            {
                runs.Add(new TextRun(current.ToString(), currentStyle));
                current.Clear();
            }
        }

        private static bool IsChinese(char c) => c is >= '\u3000' and <= '\u9FFF' or >= '\uFF00' and <= '\uFFEF';
    }
}
