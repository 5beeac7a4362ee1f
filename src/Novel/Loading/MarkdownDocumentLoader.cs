using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Novel.Model;

namespace Novel.Loading;

/// <summary>
/// Loads a Markdown file (a translation <c>NNNN.en.md</c> or a front-matter page) into a <see cref="MarkdownDocument"/>:
/// a first-level heading before any other text is the title; every other heading becomes a
/// <see cref="ParagraphRole.Heading"/> paragraph; paragraphs (also inside quotes and lists, and text a translator
/// indented into a code block) become story paragraphs of <see cref="TextRun"/>s that keep emphasis and strong
/// emphasis. Line breaks inside a paragraph become spaces; inline HTML is kept as text, never as markup. YAML front
/// matter is skipped. Each paragraph's source is its first line in the file.
/// </summary>
public static class MarkdownDocumentLoader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    /// <summary>Reads, decodes and loads a Markdown file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The document's title and paragraphs.</returns>
    /// <exception cref="NovelInputException">The file cannot be read or decoded.</exception>
    public static MarkdownDocument Load(string path) => Parse(TextDecoder.Decode(FileBytes.Read(path), path), path);

    /// <summary>Loads Markdown text.</summary>
    /// <param name="markdown">The Markdown source.</param>
    /// <param name="path">The file it came from, for locations.</param>
    /// <returns>The document's title and paragraphs.</returns>
    public static MarkdownDocument Parse(string markdown, string path)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(path);

        var document = Markdown.Parse(markdown, Pipeline);
        var paragraphs = new List<Paragraph>();
        string? title = null;
        foreach (var block in document)
        {
            if (title is null && paragraphs.Count == 0 && block is HeadingBlock { Level: 1 } heading)
            {
                title = MarkdownInlineText.Runs(heading.Inline).Text;
                continue;
            }

            AddBlock(block, path, paragraphs);
        }

        return new MarkdownDocument(string.IsNullOrEmpty(title) ? null : title, paragraphs, path);
    }

    private static void AddBlock(Block block, string path, List<Paragraph> paragraphs)
    {
        switch (block)
        {
            case YamlFrontMatterBlock or ThematicBreakBlock or LinkReferenceDefinitionGroup:
                break;
            case HeadingBlock heading:
                Add(MarkdownInlineText.Runs(heading.Inline), heading.Line, ParagraphRole.Heading);
                break;
            case ParagraphBlock paragraph:
                Add(MarkdownInlineText.Runs(paragraph.Inline), paragraph.Line, ParagraphRole.Story);
                break;
            case LeafBlock leaf:
                AddRawLines(leaf, path, paragraphs); // code blocks and HTML blocks: their text, never markup
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    AddBlock(child, path, paragraphs);
                }

                break;
        }

        void Add(StyledText text, int line, ParagraphRole role)
        {
            if (text.Runs.Count > 0)
            {
                paragraphs.Add(new Paragraph(text.Runs, new SourceLocation(path, line + 1), role));
            }
        }
    }

    /// <summary>A leaf's raw lines as story paragraphs, one per run of non-blank lines.</summary>
    private static void AddRawLines(LeafBlock leaf, string path, List<Paragraph> paragraphs)
    {
        var words = new List<string>();
        var first = 0;
        var lines = leaf.Lines;
        for (var i = 0; i <= lines.Count; i++)
        {
            var text = i < lines.Count ? lines.Lines[i].Slice.ToString().Trim() : string.Empty;
            if (text.Length > 0)
            {
                if (words.Count == 0)
                {
                    first = lines.Lines[i].Line;
                }

                words.Add(text);
                continue;
            }

            if (words.Count > 0)
            {
                paragraphs.Add(new Paragraph(MarkdownInlineText.JoinLines(words), new SourceLocation(path, first + 1)));
                words.Clear();
            }
        }
    }
}
