using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Novel.Loading;
using Novel.Model;

namespace Novel.Building;

/// <summary>
/// Remembers, in the book folder (<c>.novel/build-cache/translations.bin</c>), each chapter translation file as read:
/// its title and paragraphs (runs, styles, roles, lines), keyed by a SHA-256 of the file's path and bytes and this
/// build of the tool. A rebuild reads and hashes every translation file but parses only those that changed. Best
/// effort like <see cref="PairingCache"/>: a missing, stale or corrupt cache only costs time. Thread-safe.
/// </summary>
internal sealed class TranslationCache
{
    private const string Magic = "novel-translation-cache-1";
    private static readonly string Fingerprint = typeof(TranslationCache).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private readonly string? path;
    private readonly Dictionary<string, MarkdownDocument> stored;
    private readonly ConcurrentDictionary<string, MarkdownDocument> used = new(StringComparer.Ordinal);
    private int misses;

    private TranslationCache(string? path, Dictionary<string, MarkdownDocument> stored)
    {
        this.path = path;
        this.stored = stored;
    }

    /// <summary>A cache that remembers nothing and writes nothing.</summary>
    public static TranslationCache None { get; } = new(null, []);

    /// <summary>Opens the book folder's cache; an unreadable or stale one counts as empty.</summary>
    public static TranslationCache Open(string bookDirectory)
    {
        var file = Path.Combine(BuildCache.FolderIn(bookDirectory), "translations.bin");
        try
        {
            return new TranslationCache(file, File.Exists(file) ? Read(file) : []);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or InvalidDataException or ArgumentException or FormatException)
        {
            return new TranslationCache(file, []);
        }
    }

    /// <summary>Loads a translation file like <see cref="MarkdownDocumentLoader.Load"/>, reusing what an earlier build read from the same bytes.</summary>
    public MarkdownDocument Load(string file)
    {
        if (path is null)
        {
            return MarkdownDocumentLoader.Load(file);
        }

        var bytes = FileBytes.Read(file);
        var key = Key(file, bytes);
        if (!stored.TryGetValue(key, out var document))
        {
            document = MarkdownDocumentLoader.Parse(TextDecoder.Decode(bytes, file), file);
            Interlocked.Increment(ref misses);
        }

        used[key] = document;
        return document;
    }

    /// <summary>Writes the documents read in this build (and only those) back, when anything changed.</summary>
    public void Save()
    {
        if (path is null || (misses == 0 && used.Count == stored.Count))
        {
            return;
        }

        try
        {
            AtomicFileWriter.Write(path, Write, flushToDisk: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only book folder still builds; it just builds without a cache.
        }
    }

    private static string Key(string file, byte[] bytes)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(Fingerprint + "\n" + file + "\n"));
        hash.AppendData(bytes);
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static Dictionary<string, MarkdownDocument> Read(string file)
    {
        using var reader = new BinaryReader(new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), Encoding.UTF8);
        if (reader.ReadString() != Magic || reader.ReadString() != Fingerprint)
        {
            return [];
        }

        var count = reader.ReadInt32();
        var documents = new Dictionary<string, MarkdownDocument>(Math.Min(count, 1 << 20), StringComparer.Ordinal);
        for (var d = 0; d < count; d++)
        {
            var key = reader.ReadString();
            var source = ReadText(reader);
            var title = reader.ReadBoolean() ? ReadText(reader) : null;
            var paragraphs = new Paragraph[reader.ReadInt32()];
            for (var p = 0; p < paragraphs.Length; p++)
            {
                var role = (ParagraphRole)reader.ReadInt32();
                var line = reader.ReadInt32();
                var runs = new TextRun[reader.ReadInt32()];
                for (var r = 0; r < runs.Length; r++)
                {
                    runs[r] = new TextRun(ReadText(reader), (InlineStyle)reader.ReadInt32());
                }

                paragraphs[p] = new Paragraph(runs, new SourceLocation(source, line), role);
            }

            documents[key] = new MarkdownDocument(title, paragraphs, source);
        }

        return documents;
    }

    // Only documents whose paragraphs all come from the document's own file are kept: the file is written once.
    private void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Fingerprint);
        var entries = used.Where(e => e.Value.Paragraphs.All(p => p.Source.File == e.Value.Path)).OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        writer.Write(entries.Count);
        foreach (var (key, document) in entries)
        {
            writer.Write(key);
            WriteText(writer, document.Path);
            writer.Write(document.Title is not null);
            if (document.Title is not null)
            {
                WriteText(writer, document.Title);
            }

            writer.Write(document.Paragraphs.Count);
            foreach (var paragraph in document.Paragraphs)
            {
                writer.Write((int)paragraph.Role);
                writer.Write(paragraph.Source.Line);
                writer.Write(paragraph.Runs.Count);
                foreach (var run in paragraph.Runs)
                {
                    WriteText(writer, run.Text);
                    writer.Write((int)run.Style);
                }
            }
        }
    }

    // Text as its UTF-16 code units, so that even a lone surrogate comes back exactly as it was read.
    private static void WriteText(BinaryWriter writer, string text)
    {
        writer.Write(text.Length);
        writer.Write(MemoryMarshal.AsBytes(text.AsSpan()));
    }

    private static string ReadText(BinaryReader reader)
    {
        var length = reader.ReadInt32();
        if (length is < 0 or > (1 << 28))
        {
            throw new InvalidDataException("bad text length in the translation cache");
        }

        var bytes = reader.ReadBytes(length * 2);
        if (bytes.Length != length * 2)
        {
            throw new EndOfStreamException();
        }

        return new string(MemoryMarshal.Cast<byte, char>(bytes));
    }
}
