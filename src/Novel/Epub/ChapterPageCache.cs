using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Novel.Model;

namespace Novel.Epub;

/// <summary>
/// Remembers each chapter's pages as the zip entries they became (deflated bytes, CRC and sizes), in one file, keyed
/// by a SHA-256 of everything a chapter's pages are written from: the chapter model (every field of the chapter, its
/// pairs, paragraphs and runs), the languages and layout, the page size limit, and this build of the tool. A rebuild
/// after one chapter changed writes and deflates only that chapter's pages; the rest are copied. Best effort: a
/// missing, stale, corrupt or unwritable cache only costs time, never changes the book. Thread-safe.
/// </summary>
/// <remarks>
/// File layout: the entries' stored bytes one after another, then the index (key, and for each page its offset,
/// stored length, CRC and length), then the index's offset and a magic number.
/// </remarks>
internal sealed class ChapterPageCache : IDisposable
{
    private const long Magic = 0x31_65_67_61_70_6c_76_6e; // "nvlpage1"
    private static readonly byte[] Fingerprint = typeof(ChapterPageCache).Assembly.ManifestModule.ModuleVersionId.ToByteArray();

    private readonly string? path;
    private readonly Dictionary<Key, CachedPage[]> stored;
    private readonly Microsoft.Win32.SafeHandles.SafeFileHandle? reading;
    private readonly Lock writing = new();
    private readonly Dictionary<Key, int> used = [];
    private readonly Dictionary<(Key, int), CachedPage> written = [];
    private FileStream? fresh;
    private string? freshPath;

    private ChapterPageCache(string? path, Dictionary<Key, CachedPage[]> stored, Microsoft.Win32.SafeHandles.SafeFileHandle? reading)
    {
        this.path = path;
        this.stored = stored;
        this.reading = reading;
    }

    /// <summary>Opens the cache file at <paramref name="path"/>; an unreadable or stale one counts as empty.</summary>
    public static ChapterPageCache Open(string path)
    {
        Microsoft.Win32.SafeHandles.SafeFileHandle? handle = null;
        try
        {
            if (!File.Exists(path))
            {
                return new ChapterPageCache(path, [], null);
            }

            handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
            return new ChapterPageCache(path, ReadIndex(handle), handle);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or InvalidDataException or ArgumentException)
        {
            handle?.Dispose();
            return new ChapterPageCache(path, [], null);
        }
    }

    /// <summary>The key of a chapter's pages.</summary>
    public static Key KeyOf(Chapter chapter, BookLanguages languages, int maxBytes)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void AddNumber(long value)
        {
            Span<byte> number = stackalloc byte[8];
            BitConverter.TryWriteBytes(number, value);
            hash.AppendData(number);
        }

        void Add(string? text)
        {
            AddNumber(text?.Length ?? -1);
            hash.AppendData(MemoryMarshal.AsBytes((text ?? "").AsSpan()));
        }

        void AddParagraphs(IReadOnlyList<Paragraph> paragraphs)
        {
            AddNumber(paragraphs.Count);
            foreach (var paragraph in paragraphs)
            {
                AddNumber((long)paragraph.Role);
                Add(paragraph.Source.File);
                AddNumber(paragraph.Source.Line);
                AddNumber(paragraph.Runs.Count);
                foreach (var run in paragraph.Runs)
                {
                    Add(run.Text);
                    AddNumber((long)run.Style);
                }
            }
        }

        hash.AppendData(Fingerprint);
        Add(languages.Original);
        Add(languages.Translation);
        AddNumber((long)languages.Layout);
        AddNumber(maxBytes);
        AddNumber(chapter.Number);
        Add(chapter.Title);
        Add(chapter.TranslatedTitle);
        Add(chapter.Volume);
        Add(chapter.Source.File);
        AddNumber(chapter.Source.Line);
        AddNumber(chapter.Pairs.Count);
        foreach (var pair in chapter.Pairs)
        {
            AddNumber(BitConverter.DoubleToInt64Bits(pair.Confidence));
            AddParagraphs(pair.Original);
            AddParagraphs(pair.Translation);
        }

        Span<byte> digest = stackalloc byte[32];
        hash.GetHashAndReset(digest);
        return new Key(MemoryMarshal.Read<long>(digest), MemoryMarshal.Read<long>(digest[8..]), MemoryMarshal.Read<long>(digest[16..]), MemoryMarshal.Read<long>(digest[24..]));
    }

    /// <summary>How many pages the chapter of <paramref name="key"/> had when it was cached, or null when it was not.</summary>
    public int? PageCount(Key key) => stored.TryGetValue(key, out var pages) ? pages.Length : null;

    /// <summary>The cached zip entry of page <paramref name="part"/> of the chapter of <paramref name="key"/>, under <paramref name="zipPath"/>.</summary>
    public ZipEntryData Read(Key key, int part, string zipPath)
    {
        var page = stored[key][part];
        var bytes = new byte[page.StoredLength];
        var offset = 0;
        while (offset < bytes.Length)
        {
            var read = RandomAccess.Read(reading!, bytes.AsSpan(offset), page.Offset + offset);
            if (read <= 0)
            {
                throw new EndOfStreamException("the page cache ended early");
            }

            offset += read;
        }

        return new ZipEntryData(zipPath, bytes, Deflated: true, page.Crc, page.Length);
    }

    /// <summary>Remembers page <paramref name="part"/> of <paramref name="parts"/> of the chapter of <paramref name="key"/>, as written to the zip.</summary>
    public void Remember(Key key, int part, int parts, ZipEntryData entry)
    {
        if (path is null || !entry.Deflated)
        {
            return;
        }

        lock (writing)
        {
            try
            {
                if (fresh is null)
                {
                    var directory = Path.GetDirectoryName(path)!;
                    Directory.CreateDirectory(directory);
                    freshPath = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
                    fresh = new FileStream(freshPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
                }

                var offset = fresh.Position;
                fresh.Write(entry.Stored.Span);
                written[(key, part)] = new CachedPage(offset, entry.Stored.Length, entry.Crc, entry.Length);
                used[key] = parts;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A read-only book folder still builds; it just builds without a page cache.
                fresh?.Dispose();
                fresh = null;
                written.Clear();
            }
        }
    }

    /// <summary>Writes the pages of this build (and only those) as the new cache file, when anything was remembered.</summary>
    public void Save()
    {
        lock (writing)
        {
            if (fresh is null || path is null)
            {
                return;
            }

            try
            {
                var indexOffset = fresh.Position;
                using (var writer = new BinaryWriter(fresh, System.Text.Encoding.UTF8, leaveOpen: true))
                {
                    var complete = used
                        .Select(u => (u.Key, Pages: Enumerable.Range(0, u.Value).Select(p => written.TryGetValue((u.Key, p), out var page) ? page : (CachedPage?)null).ToList()))
                        .Where(c => c.Pages.All(p => p is not null))
                        .ToList();
                    writer.Write(complete.Count);
                    foreach (var (key, pages) in complete)
                    {
                        writer.Write(key.A);
                        writer.Write(key.B);
                        writer.Write(key.C);
                        writer.Write(key.D);
                        writer.Write(pages.Count);
                        foreach (var page in pages)
                        {
                            writer.Write(page!.Value.Offset);
                            writer.Write(page.Value.StoredLength);
                            writer.Write(page.Value.Crc);
                            writer.Write(page.Value.Length);
                        }
                    }

                    writer.Write(indexOffset);
                    writer.Write(Magic);
                }

                fresh.Dispose();
                fresh = null;
                reading?.Dispose();
                File.Move(freshPath!, path, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Best effort: the book is written; the next build just finds no cache.
            }
            finally
            {
                fresh?.Dispose();
                fresh = null;
                if (freshPath is not null && File.Exists(freshPath))
                {
                    File.Delete(freshPath);
                }
            }
        }
    }

    /// <summary>Closes the files; a cache not saved leaves the old file as it was.</summary>
    public void Dispose()
    {
        lock (writing)
        {
            fresh?.Dispose();
            fresh = null;
            if (freshPath is not null && File.Exists(freshPath))
            {
                File.Delete(freshPath);
            }
        }

        reading?.Dispose();
    }

    private static Dictionary<Key, CachedPage[]> ReadIndex(Microsoft.Win32.SafeHandles.SafeFileHandle handle)
    {
        var length = RandomAccess.GetLength(handle);
        if (length < 16)
        {
            return [];
        }

        Span<byte> footer = stackalloc byte[16];
        if (RandomAccess.Read(handle, footer, length - 16) != 16)
        {
            return [];
        }

        var indexOffset = BitConverter.ToInt64(footer);
        if (BitConverter.ToInt64(footer[8..]) != Magic || indexOffset < 0 || indexOffset > length - 16)
        {
            return [];
        }

        var index = new byte[length - 16 - indexOffset];
        if (RandomAccess.Read(handle, index, indexOffset) != index.Length)
        {
            return [];
        }

        using var reader = new BinaryReader(new MemoryStream(index));
        var count = reader.ReadInt32();
        var entries = new Dictionary<Key, CachedPage[]>(Math.Min(count, 1 << 20));
        for (var e = 0; e < count; e++)
        {
            var key = new Key(reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt64());
            var pages = new CachedPage[reader.ReadInt32()];
            if (pages.Length is < 1 or > 100_000)
            {
                throw new InvalidDataException("bad page count in the page cache");
            }

            for (var p = 0; p < pages.Length; p++)
            {
                pages[p] = new CachedPage(reader.ReadInt64(), reader.ReadInt32(), reader.ReadUInt32(), reader.ReadInt64());
                if (pages[p].Offset < 0 || pages[p].StoredLength < 0 || pages[p].Offset + pages[p].StoredLength > indexOffset)
                {
                    throw new InvalidDataException("a page outside the page cache");
                }
            }

            entries[key] = pages;
        }

        return entries;
    }

    /// <summary>A chapter's key: its SHA-256 in four parts.</summary>
    internal readonly record struct Key(long A, long B, long C, long D);

    private readonly record struct CachedPage(long Offset, int StoredLength, uint Crc, long Length);
}
