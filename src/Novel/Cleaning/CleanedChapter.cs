using Novel.Loading;
using Novel.Model;

namespace Novel.Cleaning;

/// <summary>A chapter after cleaning: its paragraphs, and every thing the cleaner did to it.</summary>
/// <param name="Source">The chapter as loaded.</param>
/// <param name="Paragraphs">The kept paragraphs, in order; each one's source is the line it came from.</param>
/// <param name="Events">What was removed, cut, repaired, joined or marked, in line order.</param>
public sealed record CleanedChapter(LoadedChapter Source, IReadOnlyList<Paragraph> Paragraphs, IReadOnlyList<CleaningEvent> Events)
{
    /// <summary>The chapter title with watermarks cut and entities repaired, or null when the chapter has none.</summary>
    public string? Title { get; init; } = Source.Title;
}
