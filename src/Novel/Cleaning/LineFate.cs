namespace Novel.Cleaning;

/// <summary>What became of one input line.</summary>
public enum LineFate
{
    /// <summary>The line is a paragraph of the cleaned chapter (possibly with cuts or repairs).</summary>
    Kept,

    /// <summary>The line was removed by a named rule.</summary>
    Removed,

    /// <summary>The line was joined to the paragraph before it.</summary>
    Joined,

    /// <summary>The line is a chapter or volume heading: where a whole-book text was split, or a chapter file's title line.</summary>
    Heading,

    /// <summary>Nothing says what became of the line: a cleaner bug.</summary>
    Unaccounted,
}
