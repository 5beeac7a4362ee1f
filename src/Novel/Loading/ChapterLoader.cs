namespace Novel.Loading;

/// <summary>
/// The front door of the Load stage: finds a book folder's chapter files in reading order and loads one file into
/// chapters — one chapter for a chapter file, many for a whole-book text that carries two or more chapter titles.
/// </summary>
public static class ChapterLoader
{
    private static readonly string[] ChapterExtensions = [".txt", ".html", ".htm"];

    /// <summary>The chapter files of a book folder (<c>.txt</c>, <c>.html</c>, <c>.htm</c>), in natural order (2 before 10).</summary>
    public static IReadOnlyList<string> FindChapterFiles(string bookDirectory) =>
        Directory.EnumerateFiles(bookDirectory)
            .Where(IsChapterFile)
            .Order(NaturalFileOrder.Instance)
            .ToList();

    /// <summary>True for a file a book folder treats as a chapter: a text or HTML file that is not a translation.</summary>
    public static bool IsChapterFile(string path) =>
        ChapterExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase)
        && !Path.GetFileName(path).StartsWith('.')
        && !ChapterFileName.IsTranslationFile(path)
        && !IsWholeBookTranslation(path);

    /// <summary>
    /// True for a translation text that is not Markdown, such as <c>book.en.txt</c>: a whole-book translation, never
    /// a chapter of the original.
    /// </summary>
    public static bool IsWholeBookTranslation(string path) =>
        Path.GetExtension(path).Equals(".txt", StringComparison.OrdinalIgnoreCase)
        && ChapterFileName.Parse(Path.ChangeExtension(path, ".md")).IsTranslation;

    /// <summary>Loads one chapter file; a text holding a whole book is split into its chapters.</summary>
    public static SplitResult LoadFile(string path)
    {
        var bytes = FileBytes.Read(path);
        if (Path.GetExtension(path).ToLowerInvariant() is ".html" or ".htm")
        {
            throw new NovelInputException(path, "HTML chapters are not supported yet");
        }

        var text = TextDecoder.Decode(bytes, path);
        var split = WholeBookSplitter.Split(text, path);
        if (split.Chapters.Count < 2)
        {
            return new SplitResult([TxtChapterLoader.FromText(text, path)], null, []);
        }

        return split.FrontHasProse && split.Front is { } front
            ? split with { Chapters = [front, .. split.Chapters] }
            : split;
    }
}
