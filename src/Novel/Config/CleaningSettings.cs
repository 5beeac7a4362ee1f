namespace Novel.Config;

/// <summary>The book's own cleaning settings from book.yml's <c>cleaning:</c> key.</summary>
/// <param name="Drop">Extra regexes: a line matching one is removed as boilerplate.</param>
/// <param name="Keep">Regexes for lines that must be kept whatever other rules say; keep wins over drop.</param>
/// <param name="DropAuthorNotes">True to remove authors' notes instead of keeping them set apart.</param>
public sealed record CleaningSettings(IReadOnlyList<string> Drop, IReadOnlyList<string> Keep, bool DropAuthorNotes)
{
    /// <summary>No extra rules; authors' notes kept.</summary>
    public static CleaningSettings Default { get; } = new([], [], false);
}
