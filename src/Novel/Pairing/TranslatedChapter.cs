using Novel.Model;

namespace Novel.Pairing;

/// <summary>One chapter cut from a whole-book translation.</summary>
/// <param name="Number">The chapter's number, read from its heading (CHAPTER XXVII → 27), to pair with the original's.</param>
/// <param name="Heading">The heading line as written, for example <c>CHAPTER I.</c>.</param>
/// <param name="Title">The chapter's title or argument (the lines under the heading), when it has one.</param>
/// <param name="Paragraphs">The body's paragraphs, hard-wrapped lines joined, each with its first line's location.</param>
public sealed record TranslatedChapter(int Number, string Heading, string? Title, IReadOnlyList<Paragraph> Paragraphs);
