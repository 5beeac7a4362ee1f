using Novel.Loading;
using Novel.Pairing;

namespace Novel.Building;

/// <summary>
/// Finds the translation of each chapter in a book folder: <c>NNNN.en.md</c> beside <c>NNNN.txt</c>, or a chapter of a
/// whole-book translation (any other <c>*.en.md</c> or <c>*.en.txt</c>, split by its chapter headings and matched by number).
/// </summary>
public sealed class TranslationSources
{
    private readonly string language;
    private readonly Dictionary<int, (TranslatedChapter Chapter, string File)> wholeBook = [];

    private TranslationSources(string language)
    {
        this.language = language;
    }

    /// <summary>Where chapter translation files read by an earlier build are remembered; none unless set.</summary>
    internal TranslationCache Cache { get; set; } = TranslationCache.None;

    /// <summary>Every whole-book translation file that was read.</summary>
    public IReadOnlyList<string> WholeBookFiles { get; private set; } = [];

    /// <summary>Scans a book folder for translations into <paramref name="language"/>.</summary>
    /// <param name="bookDirectory">The book folder.</param>
    /// <param name="language">The translation language, as in file names (<c>en</c>).</param>
    /// <param name="singleChapterFiles">The book's one-chapter files, whose own translations are not whole-book ones.</param>
    public static TranslationSources Scan(string bookDirectory, string language, IEnumerable<string> singleChapterFiles)
    {
        var sources = new TranslationSources(language);
        var own = singleChapterFiles.Select(f => ChapterFileName.TranslationPath(f, language)).ToHashSet(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(bookDirectory)
            .Where(f => IsTranslationInto(f, language) && !own.Contains(f))
            .Order(NaturalFileOrder.Instance)
            .ToList();
        foreach (var file in files)
        {
            var text = TextDecoder.Decode(File.ReadAllBytes(file), file);
            foreach (var chapter in EnglishBookSplitter.Split(text, file))
            {
                if (!sources.wholeBook.TryAdd(chapter.Number, (chapter, file)))
                {
                    throw new NovelInputException(file, $"chapter {chapter.Number} is translated twice (also in {sources.wholeBook[chapter.Number].File})");
                }
            }
        }

        sources.WholeBookFiles = files;
        return sources;
    }

    /// <summary>The translation of a chapter: its title, paragraphs and file, or null when there is none.</summary>
    /// <param name="chapterFile">The chapter's file.</param>
    /// <param name="number">The chapter's number.</param>
    /// <param name="fromWholeBook">True for a chapter cut from a whole-book text, which has no translation file of its own.</param>
    public MarkdownDocument? Find(string chapterFile, int number, bool fromWholeBook)
    {
        if (!fromWholeBook && ChapterFileName.FindTranslation(chapterFile, language) is { } path)
        {
            return Cache.Load(path);
        }

        return wholeBook.TryGetValue(number, out var found)
            ? new MarkdownDocument(found.Chapter.Title ?? found.Chapter.Heading, found.Chapter.Paragraphs, found.File)
            : null;
    }

    private static bool IsTranslationInto(string path, string language)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension is ".md" or ".txt"
            && ChapterFileName.Parse(Path.ChangeExtension(path, ".md")) is { Language: { } lang }
            && string.Equals(lang, language, StringComparison.OrdinalIgnoreCase);
    }
}
