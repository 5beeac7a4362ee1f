using System.Globalization;
using Novel.Cleaning;
using Novel.Config;
using Novel.Loading;
using Novel.Model;
using Novel.Pairing;

namespace Novel.Building;

/// <summary>
/// Turns a book folder into the book model: reads book.yml, loads the chapter files (a whole-book text is split into
/// chapters), cleans them, pairs each with its translation file, and loads front matter and cover. Each step is one
/// call into its stage; this class only decides what goes where.
/// </summary>
public static class BookAssembler
{
    /// <summary>Assembles the book in <paramref name="bookDirectory"/>.</summary>
    /// <param name="bookDirectory">The book folder.</param>
    /// <param name="dropAuthorNotes">Overrides book.yml's <c>cleaning.author-notes</c> when set.</param>
    public static AssembledBook Assemble(string bookDirectory, bool? dropAuthorNotes = null)
    {
        if (!Directory.Exists(bookDirectory))
        {
            throw new NovelInputException(bookDirectory, "no such book folder");
        }

        var config = BookConfigLoader.LoadFromFolder(bookDirectory);
        var chapterFiles = ChapterLoader.FindChapterFiles(bookDirectory);
        if (chapterFiles.Count == 0)
        {
            throw new NovelInputException(bookDirectory, "no chapter files (.txt, .html or .htm) in the book folder");
        }

        var loadEvents = new List<CleaningEvent>();
        var cleaner = CreateCleaner(config, bookDirectory, dropAuthorNotes);
        var chapterCache = BuildCache.Enabled ? ChapterCache.Open(bookDirectory, CleaningSettingsKey(config, cleaner)) : ChapterCache.None;
        IReadOnlyList<LoadedChapter> loaded;
        using (StageTimer.Start("load"))
        {
            loaded = LoadChapters(chapterFiles, loadEvents, chapterCache.LoadFile);
        }

        var chaptersPerFile = loaded.CountBy(c => c.Source.File).ToDictionary(StringComparer.Ordinal);
        var singleChapterFiles = chaptersPerFile.Where(f => f.Value == 1).Select(f => f.Key);
        var translations = TranslationSources.Scan(bookDirectory, config.Metadata.TranslationLanguage, singleChapterFiles);
        IReadOnlyList<CleanedChapter> cleaned;
        using (StageTimer.Start("clean"))
        {
            cleaned = chapterCache.CleanBook(cleaner, loaded);
        }

        chapterCache.Save();

        var inputs = new List<string>(chapterFiles);
        var pairing = new PairingOptions { Glossary = config.Glossary };
        var chapters = new AssembledChapter[cleaned.Count];
        var cache = BuildCache.Enabled ? PairingCache.Open(bookDirectory) : PairingCache.None;
        translations.Cache = BuildCache.Enabled ? TranslationCache.Open(bookDirectory) : TranslationCache.None;
        using (StageTimer.Start("pair"))
        {
            ParallelWork.For(cleaned.Count, i => chapters[i] = AssembleChapter(i, cleaned[i], config, translations, chaptersPerFile[cleaned[i].Source.Source.File] > 1, pairing, cache));
        }

        cache.Save();
        translations.Cache.Save();
        inputs.AddRange(chapters.Select(c => c.TranslationFile).OfType<string>().Concat(translations.WholeBookFiles).Distinct(StringComparer.Ordinal));

        var frontMatter = LoadFrontMatter(bookDirectory, config, inputs);
        var cover = LoadCover(bookDirectory, config, inputs);
        var configFile = Path.Combine(bookDirectory, BookConfigLoader.FileName);
        if (File.Exists(configFile))
        {
            inputs.Add(configFile);
        }

        var book = new Book
        {
            Metadata = config.Metadata,
            FrontMatter = frontMatter,
            Chapters = chapters.Select(c => c.Chapter).ToList(),
            Cover = cover,
        };
        return new AssembledBook(book, config, chapters, loadEvents, inputs);
    }

    /// <summary>The cleaner a book folder asks for: the built-in rules plus book.yml's own, and its author-note choice.</summary>
    /// <param name="config">The book's settings.</param>
    /// <param name="bookDirectory">The book folder, whose book.yml an invalid user regex is reported against.</param>
    /// <param name="dropAuthorNotes">Overrides book.yml's <c>cleaning.author-notes</c> when set.</param>
    public static BoilerplateCleaner CreateCleaner(BookConfig config, string bookDirectory, bool? dropAuthorNotes)
    {
        var rules = config.Cleaning.Drop.Count == 0 && config.Cleaning.Keep.Count == 0
            ? CleaningRuleSet.Default
            : CleaningRuleSet.Default.WithUserRules(config.Cleaning.Drop, config.Cleaning.Keep, Path.Combine(bookDirectory, BookConfigLoader.FileName));
        var drop = dropAuthorNotes ?? config.Cleaning.DropAuthorNotes;
        return new BoilerplateCleaner(rules, new CleaningOptions { AuthorNotes = drop ? AuthorNoteHandling.Drop : AuthorNoteHandling.Keep });
    }

    /// <summary>
    /// Loads chapter files (in parallel; a whole-book text is split into its chapters) and mends what a crawler did
    /// across them: pages joined, copies kept once, chapters put in order (see <see cref="ChapterSequencer"/>).
    /// </summary>
    /// <param name="files">The chapter files in reading order.</param>
    /// <param name="events">Receives every split, join, removal and mend the loading made.</param>
    /// <returns>The chapters in reading order.</returns>
    public static IReadOnlyList<LoadedChapter> LoadChapters(IReadOnlyList<string> files, List<CleaningEvent> events) =>
        LoadChapters(files, events, ChapterLoader.LoadFile);

    private static IReadOnlyList<LoadedChapter> LoadChapters(IReadOnlyList<string> files, List<CleaningEvent> events, Func<string, SplitResult> loadFile)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(events);
        var perFile = new IReadOnlyList<LoadedChapter>[files.Count];
        var perFileEvents = new IReadOnlyList<CleaningEvent>[files.Count];
        ParallelWork.For(files.Count, i =>
        {
            var result = loadFile(files[i]);
            perFile[i] = result.Chapters;
            perFileEvents[i] = result.Events;
        });
        events.AddRange(perFileEvents.SelectMany(e => e));
        using var t = StageTimer.Start("load: mend");
        return ChapterSequencer.Mend(perFile.SelectMany(c => c).ToList(), events);
    }

    /// <summary>Everything besides a chapter and the learned lines that changes how it is cleaned: book.yml's rules and the cleaner's options.</summary>
    private static string CleaningSettingsKey(BookConfig config, BoilerplateCleaner cleaner) =>
        string.Join('\0', [cleaner.Options.ToString(), config.Cleaning.Drop.Count.ToString(CultureInfo.InvariantCulture), .. config.Cleaning.Drop, .. config.Cleaning.Keep]);

    private static AssembledChapter AssembleChapter(int index, CleanedChapter cleaned, BookConfig config, TranslationSources translations, bool fromWholeBook, PairingOptions pairing, PairingCache cache)
    {
        cleaned = PromoteTitleLine(cleaned);
        var source = cleaned.Source;
        var fileName = ChapterFileName.Parse(source.Source.File);
        var number = source.Number ?? ChapterTitlePattern.Match(cleaned.Title ?? "")?.Number ?? fileName.Number ?? index + 1;
        var title = cleaned.Title ?? OrdinalTitle(number, fileName.Title ?? config.ChapterTitles.GetValueOrDefault(number));

        if (translations.Find(source.Source.File, number, fromWholeBook) is not { } translation)
        {
            var untranslated = Chapter.FromParagraphs(number, title, source.Source, cleaned.Paragraphs) with { Volume = source.Volume };
            return new AssembledChapter(untranslated, cleaned, null, null);
        }

        var result = cache.Pair(cleaned.Paragraphs, translation.Paragraphs, pairing);
        var chapter = new Chapter
        {
            Number = number,
            Title = title,
            TranslatedTitle = translation.Title,
            Volume = source.Volume,
            Source = source.Source,
            Pairs = result.Pairs,
        };
        return new AssembledChapter(chapter, cleaned, translation.Path, result);
    }

    /// <summary>
    /// A chapter file whose title line sits below site junk (a QR prompt above "第12章 …") has no title when loaded;
    /// once the junk is cleaned away, a first paragraph that is a chapter title becomes the title.
    /// </summary>
    private static CleanedChapter PromoteTitleLine(CleanedChapter cleaned)
    {
        if (cleaned.Title is not null || cleaned.Paragraphs.Count < 2 || ChapterTitlePattern.Match(cleaned.Paragraphs[0].Text) is not { Kind: not TitleKind.Volume })
        {
            return cleaned;
        }

        return cleaned with { Title = cleaned.Paragraphs[0].Text, Paragraphs = cleaned.Paragraphs.Skip(1).ToList() };
    }

    /// <summary>"第12章 标题" from a number and an optional bare title; a title that already says 第…章 is kept as is.</summary>
    private static string OrdinalTitle(int number, string? title)
    {
        var ordinal = string.Create(CultureInfo.InvariantCulture, $"第{number}章");
        if (string.IsNullOrWhiteSpace(title))
        {
            return ordinal;
        }

        return ChapterTitlePattern.Match(title) is not null ? title : $"{ordinal} {title}";
    }

    private static List<FrontMatterPage> LoadFrontMatter(string bookDirectory, BookConfig config, List<string> inputs)
    {
        IEnumerable<string> files = config.FrontMatter is { } listed
            ? listed.Select(f => Path.Combine(bookDirectory, f))
            : Directory.EnumerateFiles(bookDirectory, "*.md")
                .Where(f => !ChapterFileName.IsTranslationFile(f) && !IsReadme(f))
                .Order(NaturalFileOrder.Instance);
        var pages = new List<FrontMatterPage>();
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                throw new NovelInputException(Path.Combine(bookDirectory, BookConfigLoader.FileName), $"front-matter page '{Path.GetFileName(file)}' does not exist");
            }

            var document = MarkdownDocumentLoader.Load(file);
            var language = LooksChinese(document) ? config.Metadata.Language : config.Metadata.TranslationLanguage;
            pages.Add(new FrontMatterPage(document.Title ?? Path.GetFileNameWithoutExtension(file), language, document.Paragraphs, new SourceLocation(file, 0)));
            inputs.Add(file);
        }

        return pages;
    }

    private static bool IsReadme(string path) =>
        Path.GetFileNameWithoutExtension(path).Equals("README", StringComparison.OrdinalIgnoreCase);

    private static bool LooksChinese(MarkdownDocument document)
    {
        var text = string.Concat(document.Paragraphs.Select(p => p.Text));
        var cjk = text.Count(c => c is >= '\u4E00' and <= '\u9FFF');
        var latin = text.Count(char.IsAsciiLetter);
        return cjk > latin;
    }

    private static CoverImage? LoadCover(string bookDirectory, BookConfig config, List<string> inputs)
    {
        if (config.Metadata.CoverImage is not { } name)
        {
            return null;
        }

        var path = Path.Combine(bookDirectory, name);
        if (!File.Exists(path))
        {
            throw new NovelInputException(Path.Combine(bookDirectory, BookConfigLoader.FileName), $"cover-image '{name}' does not exist");
        }

        var bytes = File.ReadAllBytes(path);
        var mediaType = CoverMediaType(bytes) ?? throw new NovelInputException(path, "a cover image must be a JPEG, PNG or GIF file");
        inputs.Add(path);
        var extension = mediaType switch { "image/jpeg" => ".jpg", "image/png" => ".png", _ => ".gif" };
        return new CoverImage("cover" + extension, mediaType, bytes);
    }

    /// <summary>Tells the image type by its signature bytes, not by its name.</summary>
    private static string? CoverMediaType(byte[] bytes) => bytes switch
    {
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [0x89, 0x50, 0x4E, 0x47, ..] => "image/png",
        [0x47, 0x49, 0x46, 0x38, ..] => "image/gif",
        _ => null,
    };
}
