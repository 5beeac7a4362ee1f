using Novel.Cleaning;

namespace Novel.Building;

/// <summary>
/// What loading did to the chapters as a whole, for the build summary: chapters split out of a whole-book text, pages
/// of one chapter joined, copies of a chapter dropped, and chapters put back in order.
/// </summary>
/// <param name="Splits">Chapters split out of whole-book texts.</param>
/// <param name="PagesJoined">Pages joined to the page of their chapter before them.</param>
/// <param name="Duplicates">One event for each copy of a chapter that was dropped or merged into the first.</param>
/// <param name="Reordered">One event for each chapter moved into its place by number.</param>
public sealed record ChapterMends(int Splits, int PagesJoined, IReadOnlyList<CleaningEvent> Duplicates, IReadOnlyList<CleaningEvent> Reordered)
{
    /// <summary>Nothing was split, joined, dropped or moved.</summary>
    public static ChapterMends None { get; } = new(0, 0, [], []);

    /// <summary>Counts the mends among the load stage's events.</summary>
    /// <param name="loadEvents">The events of loading (before cleaning).</param>
    /// <returns>The mends.</returns>
    public static ChapterMends From(IEnumerable<CleaningEvent> loadEvents)
    {
        ArgumentNullException.ThrowIfNull(loadEvents);
        var events = loadEvents.ToList();
        return new ChapterMends(
            events.Count(e => e.Action == CleaningAction.ChapterSplit && e.RuleId == "split-title"),
            events.Count(e => e.Action == CleaningAction.Joined && e.RuleId == "join-page"),
            [.. events.Where(e => e.Action == CleaningAction.Duplicate)],
            [.. events.Where(e => e.Action == CleaningAction.Reordered)]);
    }
}
