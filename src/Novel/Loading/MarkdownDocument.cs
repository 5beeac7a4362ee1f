using Novel.Model;

namespace Novel.Loading;

/// <summary>A Markdown file read as a title and paragraphs: a chapter's translation or a front-matter page.</summary>
/// <param name="Title">The text of the first-level heading that opens the file, or null when it has none.</param>
/// <param name="Paragraphs">The paragraphs in order: headings (other than the title) as <see cref="ParagraphRole.Heading"/>, the rest as story text.</param>
/// <param name="Path">The file it came from.</param>
public sealed record MarkdownDocument(string? Title, IReadOnlyList<Paragraph> Paragraphs, string Path);
