using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Novel.Cleaning;
using Novel.Loading;

namespace Novel.Building;

/// <summary>
/// Remembers, in the book folder (<c>.novel/build-cache/chapters.bin</c>), each chapter file as loaded (its chapters
/// and events, keyed by a SHA-256 of this build of the tool, the file's path and bytes) and each chapter as cleaned
/// (its title, paragraphs and events, keyed by the chapter as loaded and mended, the cleaning settings and the
/// recurring lines learned from the whole book). A rebuild reads and hashes every chapter file, but decodes, splits
/// and cleans only what changed; the crawler mends and the learning of recurring lines still run over the whole
/// book, from the cached chapters. Best effort like <see cref="PairingCache"/>: a missing, stale or corrupt cache
/// only costs time. Thread-safe.
/// </summary>
internal sealed class ChapterCache
{
    private const string Magic = "novel-chapter-cache-1";
    private static readonly string Fingerprint = typeof(ChapterCache).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private readonly string? path;
    private readonly string settings;
    private readonly Stored stored;
    private readonly ConcurrentDictionary<string, FileEntry> usedFiles = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CleanEntry> usedCleans = new(StringComparer.Ordinal);

    // Each chapter this cache loaded, by identity, with the key of the file it came from and its place in that file:
    // a chapter the mends left as it was is named by these, and need not be hashed again to key its cleaning.
    private readonly ConcurrentDictionary<LoadedChapter, (string File, int Index)> origins = new(ReferenceEqualityComparer.Instance);
    private int misses;

    private ChapterCache(string? path, string settings, Stored stored)
    {
        this.path = path;
        this.settings = settings;
        this.stored = stored;
    }

    /// <summary>A cache that remembers nothing and writes nothing.</summary>
    public static ChapterCache None { get; } = new(null, "", Stored.Empty);

    /// <summary>Opens the book folder's cache; an unreadable or stale one counts as empty.</summary>
    /// <param name="bookDirectory">The book folder.</param>
    /// <param name="settings">Everything besides the chapter and the learned lines that changes a cleaned chapter (book.yml's rules, the author-note choice).</param>
    public static ChapterCache Open(string bookDirectory, string settings)
    {
        var file = Path.Combine(BuildCache.FolderIn(bookDirectory), "chapters.bin");
        try
        {
            using var timer = StageTimer.Start("chapter cache: read");
            return new ChapterCache(file, settings, File.Exists(file) ? Read(file) : Stored.Empty);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or InvalidDataException or ArgumentException or FormatException or OverflowException)
        {
            return new ChapterCache(file, settings, Stored.Empty);
        }
    }

    /// <summary>Loads a chapter file like <see cref="ChapterLoader.LoadFile"/>, reusing what an earlier build made of the same bytes.</summary>
    public SplitResult LoadFile(string file)
    {
        if (path is null)
        {
            return ChapterLoader.LoadFile(file);
        }

        var key = FileKey(file, FileBytes.Read(file));
        if (!stored.Files.TryGetValue(key, out var entry))
        {
            var result = ChapterLoader.LoadFile(file);
            entry = new FileEntry(result.Chapters, result.Events);
            Interlocked.Increment(ref misses);
        }

        usedFiles[key] = entry;
        for (var i = 0; i < entry.Chapters.Count; i++)
        {
            origins[entry.Chapters[i]] = (key, i);
        }

        return new SplitResult(entry.Chapters, null, entry.Events);
    }

    /// <summary>Cleans a book like <see cref="BoilerplateCleaner.CleanBook"/>, reusing each chapter an earlier build cleaned the same way.</summary>
    public IReadOnlyList<CleanedChapter> CleanBook(BoilerplateCleaner cleaner, IReadOnlyList<LoadedChapter> chapters)
    {
        if (path is null)
        {
            return cleaner.CleanBook(chapters);
        }

        IReadOnlySet<string> learned;
        var answers = new RuleAnswerCache();
        using (StageTimer.Start("clean: learn"))
        {
            learned = cleaner.LearnRecurring(chapters, answers);
        }

        var context = CleanContext(learned);
        var cleaned = new CleanedChapter[chapters.Count];
        ParallelWork.For(chapters.Count, i =>
        {
            var chapter = chapters[i];
            var key = CleanKey(context, chapter);
            if (stored.Cleans.TryGetValue(key, out var entry))
            {
                cleaned[i] = new CleanedChapter(chapter, entry.Paragraphs, entry.Events) { Title = entry.Title };
            }
            else
            {
                cleaned[i] = cleaner.Clean(chapter, learned, answers);
                entry = new CleanEntry(cleaned[i].Title, cleaned[i].Paragraphs, cleaned[i].Events);
                Interlocked.Increment(ref misses);
            }

            usedCleans[key] = entry;
        });
        return cleaned;
    }

    /// <summary>Writes the files and chapters used in this build (and only those) back, when anything changed.</summary>
    public void Save()
    {
        if (path is null || (misses == 0 && usedFiles.Count == stored.Files.Count && usedCleans.Count == stored.Cleans.Count))
        {
            return;
        }

        try
        {
            using var timer = StageTimer.Start("chapter cache: save");
            AtomicFileWriter.Write(path, Write, flushToDisk: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only book folder still builds; it just builds without a cache.
        }
    }

    private static string FileKey(string file, byte[] bytes)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(Fingerprint + "\nload\n" + file + "\n"));
        hash.AppendData(bytes);
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    // The part of every cleaned chapter's key that the whole book shares: the tool, the settings, the learned lines.
    private byte[] CleanContext(IReadOnlySet<string> learned)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AppendText(hash, Fingerprint);
        AppendText(hash, settings);
        var lines = learned.Order(StringComparer.Ordinal).ToList();
        AppendNumber(hash, lines.Count);
        foreach (var line in lines)
        {
            AppendText(hash, line);
        }

        return hash.GetHashAndReset();
    }

    private string CleanKey(byte[] context, LoadedChapter chapter)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(context);
        if (origins.TryGetValue(chapter, out var origin))
        {
            AppendText(hash, origin.File);
            AppendNumber(hash, origin.Index);
            return Convert.ToHexString(hash.GetHashAndReset());
        }

        AppendText(hash, "");
        AppendOptionalText(hash, chapter.Title);
        AppendText(hash, chapter.Source.File);
        AppendNumber(hash, chapter.Source.Line);
        AppendNumber(hash, chapter.Number.HasValue ? 1 : 0);
        AppendNumber(hash, chapter.Number ?? 0);
        AppendOptionalText(hash, chapter.Volume);
        AppendNumber(hash, chapter.Lines.Count);
        foreach (var line in chapter.Lines)
        {
            AppendText(hash, line.Text);
            AppendText(hash, line.Source.File);
            AppendNumber(hash, line.Source.Line);
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static void AppendNumber(IncrementalHash hash, int number)
    {
        Span<byte> bytes = stackalloc byte[4];
        BitConverter.TryWriteBytes(bytes, number);
        hash.AppendData(bytes);
    }

    private static void AppendText(IncrementalHash hash, string text)
    {
        AppendNumber(hash, text.Length);
        hash.AppendData(MemoryMarshal.AsBytes(text.AsSpan()));
    }

    private static void AppendOptionalText(IncrementalHash hash, string? text)
    {
        AppendNumber(hash, text is null ? -1 : 0);
        if (text is not null)
        {
            AppendText(hash, text);
        }
    }

    private static Stored Read(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var reader = new CacheRecordReader(new BinaryReader(stream, Encoding.UTF8));
        if (reader.Reader.ReadString() != Magic || reader.Reader.ReadString() != Fingerprint)
        {
            return Stored.Empty;
        }

        var fileCount = reader.Count();
        var files = new Dictionary<string, FileEntry>(Math.Min(fileCount, 1 << 20), StringComparer.Ordinal);
        for (var f = 0; f < fileCount; f++)
        {
            var key = reader.Reader.ReadString();
            var chapters = new LoadedChapter[reader.Count()];
            for (var c = 0; c < chapters.Length; c++)
            {
                chapters[c] = reader.Chapter();
            }

            files[key] = new FileEntry(chapters, reader.Events());
        }

        var cleanCount = reader.Count();
        var cleans = new Dictionary<string, CleanEntry>(Math.Min(cleanCount, 1 << 20), StringComparer.Ordinal);
        for (var c = 0; c < cleanCount; c++)
        {
            var key = reader.Reader.ReadString();
            var title = reader.OptionalText();
            var paragraphs = new Model.Paragraph[reader.Count()];
            for (var p = 0; p < paragraphs.Length; p++)
            {
                paragraphs[p] = reader.Paragraph();
            }

            cleans[key] = new CleanEntry(title, paragraphs, reader.Events());
        }

        return new Stored(files, cleans);
    }

    private void Write(Stream stream)
    {
        var writer = CacheRecordWriter.Over(stream);
        writer.Writer.Write(Magic);
        writer.Writer.Write(Fingerprint);
        var files = usedFiles.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        writer.Writer.Write(files.Count);
        foreach (var (key, entry) in files)
        {
            writer.Writer.Write(key);
            writer.Writer.Write(entry.Chapters.Count);
            foreach (var chapter in entry.Chapters)
            {
                writer.Chapter(chapter);
            }

            writer.Events(entry.Events);
        }

        var cleans = usedCleans.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        writer.Writer.Write(cleans.Count);
        foreach (var (key, entry) in cleans)
        {
            writer.Writer.Write(key);
            writer.OptionalText(entry.Title);
            writer.Writer.Write(entry.Paragraphs.Count);
            foreach (var paragraph in entry.Paragraphs)
            {
                writer.Paragraph(paragraph);
            }

            writer.Events(entry.Events);
        }

        writer.Writer.Flush();
    }

    private sealed record FileEntry(IReadOnlyList<LoadedChapter> Chapters, IReadOnlyList<CleaningEvent> Events);

    private sealed record CleanEntry(string? Title, IReadOnlyList<Model.Paragraph> Paragraphs, IReadOnlyList<CleaningEvent> Events);

    private sealed record Stored(Dictionary<string, FileEntry> Files, Dictionary<string, CleanEntry> Cleans)
    {
        public static Stored Empty { get; } = new(new Dictionary<string, FileEntry>(StringComparer.Ordinal), new Dictionary<string, CleanEntry>(StringComparer.Ordinal));
    }
}
