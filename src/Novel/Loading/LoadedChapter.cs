using Novel.Model;

namespace Novel.Loading;

/// <summary>A chapter as a loader found it: an optional title and its non-empty lines, not yet cleaned.</summary>
/// <param name="Title">The title line when the file has one (a whole-book split or an HTML <c>h1</c>), else null.</param>
/// <param name="Lines">The chapter's non-empty lines, in order, each a candidate paragraph.</param>
/// <param name="Source">The file (and line, for a chapter cut from a whole book) it came from.</param>
public sealed record LoadedChapter(string? Title, IReadOnlyList<SourceLine> Lines, SourceLocation Source)
{
    /// <summary>The chapter number its title or file name gives, when one was found.</summary>
    public int? Number { get; init; }

    /// <summary>The volume heading that opens or contains this chapter, when a whole-book split found one.</summary>
    public string? Volume { get; init; }
}
