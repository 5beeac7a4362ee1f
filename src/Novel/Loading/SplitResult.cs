using Novel.Cleaning;

namespace Novel.Loading;

/// <summary>What <see cref="WholeBookSplitter"/> made of a whole-book text.</summary>
/// <param name="Chapters">The chapters in reading order, hard-wrapped paragraphs re-joined.</param>
/// <param name="Front">
/// The text before the first heading (a title page, a preface) as an untitled chapter, or null when there is none.
/// It may be only a title page (book title, author); <see cref="FrontHasProse"/> tells the two apart.
/// </param>
/// <param name="Events">Every split, join and removal the splitter made, in order of the lines they touched.</param>
public sealed record SplitResult(IReadOnlyList<LoadedChapter> Chapters, LoadedChapter? Front, IReadOnlyList<CleaningEvent> Events)
{
    /// <summary>
    /// True when <see cref="Front"/> holds real text (a line longer than a title-page line, or a sentence), so it
    /// deserves a front chapter of its own; false when it is absent or only short title-page lines.
    /// </summary>
    public bool FrontHasProse { get; init; }
}
