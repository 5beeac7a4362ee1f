using Novel.Model;

namespace Novel.Loading;

/// <summary>A Markdown file read into the book model: an optional title (its first level-1 heading) and its paragraphs.</summary>
/// <param name="Title">The text of the first <c># Title</c> heading, or null.</param>
/// <param name="Paragraphs">The paragraphs in order (other headings as <see cref="ParagraphRole.Heading"/>), emphasis kept as runs.</param>
/// <param name="Path">The file it came from.</param>
public sealed record MarkdownDocument(string? Title, IReadOnlyList<Paragraph> Paragraphs, string Path);
