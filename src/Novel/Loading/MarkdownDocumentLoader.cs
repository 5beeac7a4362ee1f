using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Novel.Model;

namespace Novel.Loading;

/// <summary>
/// Reads translations and front-matter pages written in Markdown (Markdig): the first level-1 heading is the title,
/// every paragraph becomes a model paragraph whose emphasis survives as styled runs. Raw HTML is kept as text, never
/// passed on as markup.
/// </summary>
public static class MarkdownDocumentLoader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    /// <summary>Loads a Markdown file, decoding it like any other text input.</summary>
    /// <param name="path">The file.</param>
    /// <param name="encodingHint">An encoding to try when the file is not UTF-8, such as <c>windows-1252</c> for English.</param>
    public static MarkdownDocument Load(string path, string? encodingHint = null) =>
        Parse(TextDecoder.Decode(FileBytes.Read(path), path, encodingHint), path);

    /// <summary>Parses Markdown text.</summary>
    /// <param name="markdown">The Markdown source.</param>
    /// <param name="path">The file it came from, for source locations.</param>
    public static MarkdownDocument Parse(string markdown, string path)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        string? title = null;
        var paragraphs = new List<Paragraph>();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            var source = new SourceLocation(path, block.Line + 1);
            switch (block)
            {
                case HeadingBlock { Level: 1 } heading when title is null && paragraphs.Count == 0:
                    title = PlainText(heading.Inline);
                    break;
                case HeadingBlock heading:
                    AddIfNotEmpty(paragraphs, Runs(heading.Inline), source, ParagraphRole.Heading);
                    break;
                case ParagraphBlock paragraph:
                    AddIfNotEmpty(paragraphs, Runs(paragraph.Inline), source, ParagraphRole.Story);
                    break;
                case CodeBlock code:
                    AddIfNotEmpty(paragraphs, [new TextRun(code.Lines.ToString())], source, ParagraphRole.Story);
                    break;
            }
        }

        return new MarkdownDocument(title, paragraphs, path);
    }

    private static void AddIfNotEmpty(List<Paragraph> paragraphs, List<TextRun> runs, SourceLocation source, ParagraphRole role)
    {
        if (runs.Count > 0)
        {
            paragraphs.Add(new Paragraph(runs, source, role));
        }
    }

    private static string PlainText(ContainerInline? inline) =>
        string.Concat(Runs(inline).Select(r => r.Text));

    /// <summary>Flattens inlines into runs of one style each; line breaks become spaces, neighbours of one style merge.</summary>
    private static List<TextRun> Runs(ContainerInline? inline)
    {
        var runs = new List<TextRun>();
        if (inline is not null)
        {
            Collect(inline, InlineStyle.None, runs);
        }

        TrimEnds(runs);
        return runs;
    }

    private static void Collect(ContainerInline container, InlineStyle style, List<TextRun> runs)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case EmphasisInline emphasis:
                    var added = emphasis.DelimiterCount >= 2 ? InlineStyle.Strong : InlineStyle.Emphasis;
                    Collect(emphasis, style | added, runs);
                    break;
                case LinkInline link:
                    Collect(link, style, runs);
                    break;
                case ContainerInline nested:
                    Collect(nested, style, runs);
                    break;
                case LiteralInline literal:
                    Append(runs, literal.Content.ToString(), style);
                    break;
                case CodeInline code:
                    Append(runs, code.Content, style);
                    break;
                case LineBreakInline:
                    Append(runs, " ", style);
                    break;
                case HtmlInline html:
                    Append(runs, html.Tag, style);
                    break;
                case HtmlEntityInline entity:
                    Append(runs, entity.Transcoded.ToString(), style);
                    break;
                case AutolinkInline autolink:
                    Append(runs, autolink.Url, style);
                    break;
            }
        }
    }

    private static void Append(List<TextRun> runs, string text, InlineStyle style)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (runs.Count > 0 && runs[^1].Style == style)
        {
            runs[^1] = runs[^1] with { Text = runs[^1].Text + text };
        }
        else
        {
            runs.Add(new TextRun(text, style));
        }
    }

    private static void TrimEnds(List<TextRun> runs)
    {
        if (runs.Count == 0)
        {
            return;
        }

        runs[0] = runs[0] with { Text = runs[0].Text.TrimStart() };
        runs[^1] = runs[^1] with { Text = runs[^1].Text.TrimEnd() };
        runs.RemoveAll(r => r.Text.Length == 0);
    }
}
