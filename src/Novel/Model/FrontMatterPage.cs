namespace Novel.Model;

/// <summary>A page before the chapters, such as a translator's note, rendered from Markdown.</summary>
/// <param name="Title">The page's title, shown in the table of contents.</param>
/// <param name="Language">The BCP 47 language of the page's text.</param>
/// <param name="Paragraphs">The page's headings and paragraphs, in order.</param>
/// <param name="Source">Where the page came from.</param>
public sealed record FrontMatterPage(string Title, string Language, IReadOnlyList<Paragraph> Paragraphs, SourceLocation Source);
