namespace Novel.Cleaning;

/// <summary>What a cleaning or assembling step did to the text, as recorded in the report.</summary>
public enum CleaningAction
{
    /// <summary>A whole line was removed as boilerplate.</summary>
    Removed,

    /// <summary>A watermark or other junk was cut out of a line that was kept.</summary>
    Cut,

    /// <summary>Mangled entities or markup in a kept line were repaired.</summary>
    Repaired,

    /// <summary>A line was joined to the previous one (a hard wrap or a page continuation).</summary>
    Joined,

    /// <summary>A whole-book text was split into a new chapter at this line.</summary>
    ChapterSplit,

    /// <summary>A chapter or page saved twice was kept once.</summary>
    Duplicate,

    /// <summary>Chapters out of order were put in order by their number.</summary>
    Reordered,

    /// <summary>A line was kept but marked (for example as an author's note).</summary>
    Marked,
}
