namespace Novel.Cleaning;

/// <summary>How the boilerplate cleaner treats author's notes and what it learns from a whole book.</summary>
public sealed record CleaningOptions
{
    /// <summary>The defaults: keep author's notes, learn recurring lines from the book.</summary>
    public static CleaningOptions Default { get; } = new();

    /// <summary>Keep (marked) or drop author's notes. Default: keep.</summary>
    public AuthorNoteHandling AuthorNotes { get; init; } = AuthorNoteHandling.Keep;

    /// <summary>
    /// When true (the default), <see cref="BoilerplateCleaner.CleanBook"/> drops lines that recur at the start or end
    /// of many chapters (rule <c>learned-recurring</c>).
    /// </summary>
    public bool LearnRecurringLines { get; init; } = true;

    /// <summary>How many lines at the start and at the end of each chapter are looked at for recurring lines. Default 5.</summary>
    public int RecurringRegionLines { get; init; } = 5;

    /// <summary>The smallest share of chapters a line must recur in to be learned as boilerplate. Default 0.3.</summary>
    public double RecurringMinShare { get; init; } = 0.3;

    /// <summary>The smallest number of chapters a line must recur in to be learned as boilerplate. Default 3.</summary>
    public int RecurringMinChapters { get; init; } = 3;
}
