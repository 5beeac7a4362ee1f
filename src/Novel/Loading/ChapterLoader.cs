namespace Novel.Loading;

/// <summary>
/// The front door of the load stage: finds a book folder's chapter files in reading order and loads each by its
/// extension (<c>.txt</c> by <see cref="TxtChapterLoader"/>, <c>.html</c>/<c>.htm</c>/<c>.xhtml</c> by
/// <see cref="HtmlChapterLoader"/>); splits a whole book held in one text file by <see cref="WholeBookSplitter"/>.
/// </summary>
public static class ChapterLoader
{
    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase) { ".txt" };
    private static readonly HashSet<string> HtmlExtensions = new(StringComparer.OrdinalIgnoreCase) { ".html", ".htm", ".xhtml" };

    private static readonly HashSet<string> NotChapters = new(StringComparer.OrdinalIgnoreCase)
    {
        "readme", "license", "licence", "copying", "notes", "changelog", "todo",
    };

    /// <summary>Loads one chapter file, choosing the loader by its extension.</summary>
    /// <param name="path">The chapter file's path.</param>
    /// <returns>The chapter's title, lines and number.</returns>
    /// <exception cref="NovelInputException">The extension is not a chapter's, or the file cannot be read or decoded.</exception>
    public static LoadedChapter Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var extension = Path.GetExtension(path);
        if (TextExtensions.Contains(extension))
        {
            return TxtChapterLoader.Load(path);
        }

        if (HtmlExtensions.Contains(extension))
        {
            return HtmlChapterLoader.Load(path);
        }

        throw new NovelInputException(path, $"not a chapter file: expected .txt, .html or .htm, not '{extension}'");
    }

    /// <summary>
    /// The chapter files directly in a book folder, in natural order (<c>2</c> before <c>10</c>): every <c>.txt</c>,
    /// <c>.html</c>, <c>.htm</c> and <c>.xhtml</c> file except hidden ones and <c>README</c>/<c>LICENSE</c>-style
    /// files. Translations (<c>NNNN.en.md</c>), <c>book.yml</c>, front-matter <c>.md</c> pages and images are not chapters.
    /// </summary>
    /// <param name="bookDir">The book folder.</param>
    /// <returns>The chapter files' paths.</returns>
    /// <exception cref="NovelInputException">The folder does not exist.</exception>
    public static IReadOnlyList<string> FindChapterFiles(string bookDir)
    {
        ArgumentNullException.ThrowIfNull(bookDir);
        if (!Directory.Exists(bookDir))
        {
            throw new NovelInputException(bookDir, "book folder not found");
        }

        return Directory.EnumerateFiles(bookDir).Where(IsChapterFile).Order(NaturalFileOrder.Instance).ToList();
    }

    /// <summary>True when a file's name makes it a chapter file (see <see cref="FindChapterFiles"/>).</summary>
    /// <param name="path">The file's path or name.</param>
    /// <returns>Whether it is a chapter file.</returns>
    public static bool IsChapterFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        var extension = Path.GetExtension(name);
        return !name.StartsWith('.') && (TextExtensions.Contains(extension) || HtmlExtensions.Contains(extension))
            && !NotChapters.Contains(Path.GetFileNameWithoutExtension(name))
            && !IsWholeBookTranslation(path);
    }

    /// <summary>
    /// True for a translation saved as text, such as <c>book.en.txt</c>: a whole-book translation, never a chapter of
    /// the original.
    /// </summary>
    public static bool IsWholeBookTranslation(string path) =>
        TextExtensions.Contains(Path.GetExtension(path))
        && ChapterFileName.Parse(Path.ChangeExtension(path, ".md")).IsTranslation;

    /// <summary>
    /// Loads one chapter file as a book folder holds it: a text that carries two or more chapter titles is a whole
    /// book and is split into its chapters (with the events of the split); any other file is one chapter.
    /// </summary>
    public static SplitResult LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (HtmlExtensions.Contains(Path.GetExtension(path)))
        {
            var events = new List<Cleaning.CleaningEvent>();
            var chapter = HtmlChapterLoader.Load(FileBytes.Read(path), path, events);
            return new SplitResult([chapter], null, events);
        }

        if (!TextExtensions.Contains(Path.GetExtension(path)))
        {
            return new SplitResult([Load(path)], null, []);
        }

        var text = TextDecoder.Decode(FileBytes.Read(path), path);
        var split = WholeBookSplitter.MayHoldChapters(text) ? WholeBookSplitter.Split(text, path) : null;
        if (split is null || split.Chapters.Count < 2)
        {
            return new SplitResult([TxtChapterLoader.FromText(text, path)], null, []);
        }

        if (split.Front is not { } front)
        {
            return split;
        }

        if (split.FrontHasProse)
        {
            return split with { Chapters = [front, .. split.Chapters] };
        }

        // A title page (the book's name, its author) is not a chapter; say so for each of its lines.
        var titlePage = front.Lines.Select(line => new Cleaning.CleaningEvent(Cleaning.CleaningAction.Removed, "title-page", line.Source, line.Text));
        return split with { Events = [.. titlePage, .. split.Events] };
    }

    /// <summary>Reads, decodes and splits a whole book held in one text file.</summary>
    /// <param name="path">The book file's path.</param>
    /// <returns>The chapters, the text before the first heading, and every split and join made.</returns>
    /// <exception cref="NovelInputException">The file cannot be read or decoded.</exception>
    public static SplitResult SplitWholeBook(string path) => WholeBookSplitter.Split(TextDecoder.Decode(FileBytes.Read(path), path), path);
}
