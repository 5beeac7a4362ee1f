using System.IO.Compression;
using System.Text;

namespace Novel.Epub;

/// <summary>
/// Zips the publication as OCF wants it: <c>mimetype</c> first, stored, with no extra field; then every other entry
/// deflated, in the given order, each stamped with the same time so that the bytes are reproducible.
/// </summary>
internal static class EpubZipWriter
{
    /// <summary>The content of the <c>mimetype</c> entry.</summary>
    public const string MimetypeContent = "application/epub+zip";

    /// <summary>The deflate level of every entry but <c>mimetype</c>.</summary>
    private const CompressionLevel Level = CompressionLevel.Optimal; // Fastest measured: 28% bigger books for about a tenth less write time

    private static readonly DateTime EarliestZipTime = new(1980, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
    private static readonly DateTime LatestZipTime = new(2107, 12, 31, 23, 59, 58, DateTimeKind.Unspecified);

    /// <summary>Writes the archive to <paramref name="output"/>: mimetype, then <paramref name="entries"/> (path, bytes) in order.</summary>
    public static void Write(Stream output, DateTimeOffset modified, IEnumerable<(string Path, byte[] Content)> entries)
    {
        var time = ZipTime(modified);

        // Straight into the output, not through a copy of the whole archive in memory: a seekable stream lets the
        // archive go back to fill in each entry's sizes; any other goes through a buffer.
        using var buffer = output.CanSeek ? null : new MemoryStream();
        using (var zip = new ZipArchive(buffer ?? output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8))
        {
            Add(zip, EpubPaths.Mimetype, Encoding.ASCII.GetBytes(MimetypeContent), CompressionLevel.NoCompression, time);
            foreach (var (path, content) in entries)
            {
                Add(zip, path, content, Level, time);
            }
        }

        if (buffer is not null)
        {
            buffer.Position = 0;
            buffer.CopyTo(output);
        }
    }

    /// <summary>
    /// The entry time for <paramref name="modified"/>: its UTC clock reading (zip times carry no zone), rounded down
    /// to the 2-second resolution of DOS times and kept within the years they can hold.
    /// </summary>
    internal static DateTimeOffset ZipTime(DateTimeOffset modified)
    {
        var utc = modified.UtcDateTime;
        var clock = new DateTime(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, utc.Second - (utc.Second % 2), DateTimeKind.Unspecified);
        clock = clock < EarliestZipTime ? EarliestZipTime : clock > LatestZipTime ? LatestZipTime : clock;
        return new DateTimeOffset(clock, TimeSpan.Zero);
    }

    private static void Add(ZipArchive zip, string path, byte[] content, CompressionLevel level, DateTimeOffset time)
    {
        var entry = zip.CreateEntry(path, level);
        entry.LastWriteTime = time;
        entry.ExternalAttributes = 0;
        using var stream = entry.Open();
        stream.Write(content);
    }
}
