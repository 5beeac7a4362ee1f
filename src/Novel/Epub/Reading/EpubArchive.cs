using System.IO.Compression;
using System.Text;

namespace Novel.Epub.Reading;

/// <summary>
/// An EPUB's zip archive, opened defensively: every entry name must stay inside the archive, the declared sizes and
/// compression ratios must be sane, and no entry may inflate beyond what it declares. Every failure is a
/// <see cref="NovelInputException"/> naming the file.
/// </summary>
internal sealed class EpubArchive : IDisposable
{
    private readonly ZipArchive zip;
    private readonly Dictionary<string, ZipArchiveEntry> entries;
    private readonly EpubArchiveLimits limits;
    private long bytesRead;

    private EpubArchive(string path, ZipArchive zip, EpubArchiveLimits limits)
    {
        Path = path;
        this.zip = zip;
        this.limits = limits;
        entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.Ordinal);
    }

    /// <summary>The path of the file, as given.</summary>
    public string Path { get; }

    /// <summary>The entry names, in archive order.</summary>
    public IReadOnlyList<string> EntryNames => zip.Entries.Select(e => e.FullName).ToList();

    /// <summary>Opens and vets the archive at <paramref name="path"/>.</summary>
    public static EpubArchive Open(string path, EpubArchiveLimits limits)
    {
        if (!File.Exists(path))
        {
            throw new NovelInputException(path, "no such file");
        }

        ZipArchive zip;
        try
        {
            zip = ZipFile.OpenRead(path);
        }
        catch (InvalidDataException e)
        {
            throw new NovelInputException(path, "not a zip archive, so not an EPUB (" + e.Message + ")", inner: e);
        }

        var archive = new EpubArchive(path, zip, limits);
        try
        {
            archive.Vet();
            return archive;
        }
        catch
        {
            archive.Dispose();
            throw;
        }
    }

    /// <summary>True when the archive has an entry of that name.</summary>
    public bool Contains(string name) => entries.ContainsKey(name);

    /// <summary>The bytes of entry <paramref name="name"/>, inflated under the archive's limits.</summary>
    public byte[] ReadBytes(string name)
    {
        if (!entries.TryGetValue(name, out var entry))
        {
            throw new NovelInputException(Path, $"{name}: missing from the archive");
        }

        try
        {
            using var stream = entry.Open();
            using var bytes = new MemoryStream();
            var buffer = new byte[81_920];
            int count;
            while ((count = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                bytes.Write(buffer, 0, count);
                bytesRead += count;
                if (bytes.Length > entry.Length)
                {
                    throw new NovelInputException(Path, $"{name}: inflates beyond the {entry.Length} bytes it declares; refusing a possible zip bomb");
                }

                if (bytesRead > limits.MaxTotalBytes)
                {
                    throw new NovelInputException(Path, $"{name}: the archive inflates beyond {limits.MaxTotalBytes} bytes; refusing a possible zip bomb");
                }
            }

            // .NET stops inflating at the declared size, so an entry that lies about its size comes out cut short:
            // the checksum is what tells.
            var content = bytes.ToArray();
            if (Crc32.Compute(content) != entry.Crc32)
            {
                throw new NovelInputException(Path, $"{name}: corrupt entry: its content does not match its CRC-32 (or it lies about its size)");
            }

            return content;
        }
        catch (InvalidDataException e)
        {
            throw new NovelInputException(Path, $"{name}: corrupt zip entry ({e.Message})", inner: e);
        }
    }

    /// <summary>The text of entry <paramref name="name"/>, decoded as UTF-8 (or as its byte order mark says).</summary>
    public string ReadText(string name)
    {
        using var reader = new StreamReader(new MemoryStream(ReadBytes(name)), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <inheritdoc />
    public void Dispose() => zip.Dispose();

    private void Vet()
    {
        if (zip.Entries.Count > limits.MaxEntries)
        {
            throw new NovelInputException(Path, $"has {zip.Entries.Count} entries, more than the {limits.MaxEntries} allowed");
        }

        long declared = 0;
        foreach (var entry in zip.Entries)
        {
            VetName(entry.FullName);
            if (!entries.TryAdd(entry.FullName, entry))
            {
                throw new NovelInputException(Path, $"{entry.FullName}: appears twice in the archive");
            }

            declared += entry.Length;
            if (declared > limits.MaxTotalBytes)
            {
                throw new NovelInputException(Path, $"declares more than {limits.MaxTotalBytes} bytes uncompressed; refusing a possible zip bomb");
            }

            if (entry.Length >= limits.RatioCheckMinBytes && entry.Length > Math.Max(entry.CompressedLength, 1) * limits.MaxCompressionRatio)
            {
                throw new NovelInputException(Path,
                    $"{entry.FullName}: compresses {entry.Length} bytes into {entry.CompressedLength}, more than {limits.MaxCompressionRatio}:1; refusing a possible zip bomb");
            }
        }
    }

    /// <summary>Refuses names that could escape the folder the archive is read into (zip slip).</summary>
    private void VetName(string name)
    {
        var reason =
            name.Length == 0 ? "an empty name"
            : name.Contains('\\') ? "a backslash"
            : name.Contains(':') ? "a colon (drive letter or stream name)"
            : name.StartsWith('/') ? "an absolute path"
            : name.Contains('\0') ? "a NUL character"
            : name.Split('/').Any(segment => segment is ".." or ".") ? "a '.' or '..' segment"
            : null;
        if (reason is not null)
        {
            throw new NovelInputException(Path, $"entry \"{name}\" has {reason}; refusing a name that could escape the archive");
        }
    }
}
