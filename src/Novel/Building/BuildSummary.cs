namespace Novel.Building;

/// <summary>What a build did, for the summary the command prints.</summary>
/// <param name="Chapters">How many chapters the book has.</param>
/// <param name="Paragraphs">How many original paragraphs it has.</param>
/// <param name="Untranslated">How many of those have no translation.</param>
/// <param name="RemovedLines">How many boilerplate lines were removed.</param>
/// <param name="CutWatermarks">How many watermarks or other junk were cut from kept lines.</param>
/// <param name="MisalignedChapters">Chapters whose translation could not be paired with confidence, as "file: reason".</param>
/// <param name="Outputs">The EPUB files written, with their sizes in bytes.</param>
public sealed record BuildSummary(
    int Chapters,
    int Paragraphs,
    int Untranslated,
    int RemovedLines,
    int CutWatermarks,
    IReadOnlyList<string> MisalignedChapters,
    IReadOnlyList<(string Path, long Bytes)> Outputs)
{
    /// <summary>What loading mended across chapters: whole-book splits, joined pages, dropped copies, reordering.</summary>
    public ChapterMends Mends { get; init; } = ChapterMends.None;
}
