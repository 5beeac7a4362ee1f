using Novel.Cleaning;

namespace Novel.Loading;

/// <summary>
/// Mends what a crawler did to a book's chapters as a whole, before they are cleaned: the pages of one chapter saved
/// as separate files (or separate headings) are joined into one chapter, the same chapter saved twice is kept once,
/// and chapters out of order are put in order by their number. Every mend is an event for the report; nothing is
/// dropped without one.
/// </summary>
public static class ChapterSequencer
{
    /// <summary>The chapters mended, in reading order.</summary>
    /// <param name="chapters">The loaded chapters in file order.</param>
    /// <param name="events">Receives a <see cref="CleaningAction.Joined"/>, <see cref="CleaningAction.Duplicate"/> or
    /// <see cref="CleaningAction.Reordered"/> event for each mend, and a removed line for each line of a dropped copy.</param>
    /// <returns>The mended chapters.</returns>
    public static IReadOnlyList<LoadedChapter> Mend(IReadOnlyList<LoadedChapter> chapters, ICollection<CleaningEvent> events)
    {
        ArgumentNullException.ThrowIfNull(chapters);
        ArgumentNullException.ThrowIfNull(events);
        if (chapters.Count < 2)
        {
            return chapters;
        }

        var joined = ChapterPageJoiner.Join(chapters, events);
        var unique = DuplicateChapterFilter.Filter(joined, events);
        return ChapterReorderer.Reorder(unique, events);
    }
}
