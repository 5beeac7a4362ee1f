using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Novel.Alignment;
using Novel.Pairing;

namespace Novel.Building;

/// <summary>
/// Remembers, in the book folder (<c>.novel/build-cache/pairing.bin</c>), the beads the aligner found for each chapter,
/// keyed by a SHA-256 of everything the beads depend on: the original and translated paragraph texts, the pairing
/// options and glossary, and this build of the tool (the Novel assembly's module version id). A rebuild after one
/// chapter changed aligns only that chapter. The cache is best effort: a missing, stale, corrupt or unwritable
/// cache only costs time, never changes the book. Thread-safe.
/// </summary>
internal sealed class PairingCache
{
    private const string Magic = "novel-pairing-cache-2";
    private static readonly string Fingerprint = typeof(PairingCache).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private readonly string? _path;
    private readonly Dictionary<string, BeadSearch> _stored;
    private readonly ConcurrentDictionary<string, BeadSearch> _used = new(StringComparer.Ordinal);
    private int _misses;

    private PairingCache(string? path, Dictionary<string, BeadSearch> stored)
    {
        _path = path;
        _stored = stored;
    }

    /// <summary>How many chapters were aligned afresh in this build.</summary>
    public int Misses => _misses;

    /// <summary>A cache that remembers nothing and writes nothing.</summary>
    public static PairingCache None { get; } = new(null, []);

    /// <summary>The cache file of a book folder.</summary>
    public static string PathIn(string bookDirectory) => Path.Combine(bookDirectory, ".novel", "build-cache", "pairing.bin");

    /// <summary>Opens the book folder's cache; an unreadable or stale one counts as empty.</summary>
    public static PairingCache Open(string bookDirectory)
    {
        var path = PathIn(bookDirectory);
        try
        {
            return new PairingCache(path, File.Exists(path) ? Read(path) : []);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or InvalidDataException or ArgumentException)
        {
            return new PairingCache(path, []);
        }
    }

    /// <summary>Pairs like <see cref="TranslationPairer.Pair"/>, reusing the beads of an earlier build of the same texts.</summary>
    public PairingResult Pair(IReadOnlyList<Model.Paragraph> original, IReadOnlyList<Model.Paragraph> translation, PairingOptions options)
    {
        if (original.Count == 0 || translation.Count == 0)
        {
            return TranslationPairer.Pair(original, translation, options);
        }

        var source = original.Select(p => p.Text).ToList();
        var target = translation.Select(p => p.Text).ToList();
        var key = Key(source, target, options);
        if (!_stored.TryGetValue(key, out var search) || !Fits(search.Beads, source.Count, target.Count))
        {
            search = TranslationPairer.Beads(source, target, options);
            Interlocked.Increment(ref _misses);
        }

        _used[key] = search;
        return TranslationPairer.FromBeads(original, translation, search, options);
    }

    /// <summary>Writes the beads used in this build (and only those) back, when anything changed.</summary>
    public void Save()
    {
        if (_path is null || (_misses == 0 && _used.Count == _stored.Count))
        {
            return;
        }

        try
        {
            AtomicFileWriter.Write(_path, Write, flushToDisk: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only book folder still builds; it just builds without a cache.
        }
    }

    private static bool Fits(IReadOnlyList<AlignmentBead> beads, int sourceCount, int targetCount) =>
        beads.Sum(b => b.Source.Count) == sourceCount && beads.Sum(b => b.Target.Count) == targetCount
        && beads.All(b => b.Source.All(i => i >= 0 && i < sourceCount) && b.Target.All(j => j >= 0 && j < targetCount));

    private static string Key(List<string> source, List<string> target, PairingOptions options)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var number = new byte[8];
        void Add(ReadOnlySpan<char> text)
        {
            BitConverter.TryWriteBytes(number, (long)text.Length);
            hash.AppendData(number);
            hash.AppendData(MemoryMarshal.AsBytes(text));
        }

        void AddNumber(double value)
        {
            BitConverter.TryWriteBytes(number, value);
            hash.AppendData(number);
        }

        Add(Fingerprint);
        AddNumber(options.LowConfidence);
        AddNumber(options.MinimumMeanConfidence);
        AddNumber(options.MaximumLowConfidenceShare);
        AddNumber(options.OneToOneMeanConfidence);
        AddNumber(options.Glossary.Count);
        foreach (var (term, translation) in options.Glossary.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Add(term);
            Add(translation);
        }

        foreach (var side in (List<string>[])[source, target])
        {
            AddNumber(side.Count);
            foreach (var text in side)
            {
                Add(text);
            }
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static Dictionary<string, BeadSearch> Read(string path)
    {
        using var reader = new BinaryReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), Encoding.UTF8);
        if (reader.ReadString() != Magic || reader.ReadString() != Fingerprint)
        {
            return [];
        }

        var count = reader.ReadInt32();
        var entries = new Dictionary<string, BeadSearch>(count, StringComparer.Ordinal);
        for (var e = 0; e < count; e++)
        {
            var key = reader.ReadString();
            var beads = new AlignmentBead[reader.ReadInt32()];
            for (var b = 0; b < beads.Length; b++)
            {
                var source = ReadRun(reader);
                var target = ReadRun(reader);
                beads[b] = new AlignmentBead(source, target, reader.ReadDouble());
            }

            entries[key] = new BeadSearch(beads, reader.ReadDouble());
        }

        return entries;
    }

    // A bead's units are consecutive: its first index and count say it all.
    private static int[] ReadRun(BinaryReader reader)
    {
        var first = reader.ReadInt32();
        var count = reader.ReadInt32();
        if (count is < 0 or > 64)
        {
            throw new InvalidDataException("bad bead in the pairing cache");
        }

        return Enumerable.Range(first, count).ToArray();
    }

    private void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Fingerprint);
        var entries = _used.Where(e => e.Value.Beads.All(b => Consecutive(b.Source) && Consecutive(b.Target))).OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        writer.Write(entries.Count);
        foreach (var (key, search) in entries)
        {
            writer.Write(key);
            writer.Write(search.Beads.Count);
            foreach (var bead in search.Beads)
            {
                WriteRun(writer, bead.Source);
                WriteRun(writer, bead.Target);
                writer.Write(bead.Confidence);
            }

            writer.Write(search.Contrast);
        }
    }

    private static bool Consecutive(IReadOnlyList<int> units)
    {
        for (var i = 1; i < units.Count; i++)
        {
            if (units[i] != units[0] + i)
            {
                return false;
            }
        }

        return true;
    }

    private static void WriteRun(BinaryWriter writer, IReadOnlyList<int> units)
    {
        writer.Write(units.Count > 0 ? units[0] : 0);
        writer.Write(units.Count);
    }
}
