using Novel.Epub;
using Novel.Model;

namespace Novel.Building;

/// <summary>One volume of a book split into a set: a complete book of its own and its place in the series.</summary>
/// <param name="Book">The volume as a book: its own titles (with the volume number) and identifier, and its chapters.</param>
/// <param name="Series">The series it belongs to and its number in it.</param>
public sealed record BookVolume(Book Book, EpubSeries Series)
{
    /// <summary>The number (<see cref="Chapter.Number"/>) of the volume's first chapter, or 0 when it has none.</summary>
    public int FirstChapter => Book.Chapters.Count > 0 ? Book.Chapters[0].Number : 0;

    /// <summary>The number of the volume's last chapter, or 0 when it has none.</summary>
    public int LastChapter => Book.Chapters.Count > 0 ? Book.Chapters[^1].Number : 0;
}
