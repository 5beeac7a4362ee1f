using System.Buffers.Binary;
using System.Text;

namespace Novel.Epub;

/// <summary>
/// Writes a zip archive front to back, without seeking: each entry's local header and data as it comes, then the
/// central directory. Entries arrive already compressed with their CRC and sizes known, so no data descriptors are
/// needed, and the headers hold nothing that varies between runs (one time stamp, no extra fields, no attributes).
/// Not ZIP64: an archive past 65,535 entries or 4 GB is refused.
/// </summary>
internal sealed class ZipStreamWriter(Stream output, DateTimeOffset time)
{
    private const uint LocalHeaderSignature = 0x04034b50;
    private const uint CentralHeaderSignature = 0x02014b50;
    private const uint EndSignature = 0x06054b50;
    private const ushort StoredMethod = 0;
    private const ushort DeflateMethod = 8;
    private const ushort StoredVersion = 10;
    private const ushort DeflateVersion = 20;

    private readonly List<(ZipEntryData Entry, long StoredLength, long Offset)> written = [];
    private readonly ushort dosTime = (ushort)((time.Hour << 11) | (time.Minute << 5) | (time.Second / 2));
    private readonly ushort dosDate = (ushort)(((time.Year - 1980) << 9) | (time.Month << 5) | time.Day);
    private long position;

    /// <summary>Writes an entry's local header and data.</summary>
    public void Add(ZipEntryData entry)
    {
        if (written.Count == ushort.MaxValue - 1 || position + entry.Stored.Length + 1024 > uint.MaxValue || entry.Length > uint.MaxValue)
        {
            throw new InvalidOperationException("the book is too big for a zip archive without ZIP64 (65,535 files or 4 GB)");
        }

        var name = Encoding.ASCII.GetBytes(entry.Path);
        Span<byte> header = stackalloc byte[30];
        BinaryPrimitives.WriteUInt32LittleEndian(header, LocalHeaderSignature);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], entry.Deflated ? DeflateVersion : StoredVersion);
        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], 0);
        WriteCommon(header[8..], entry, entry.Stored.Length, name.Length);
        written.Add((entry with { Stored = ReadOnlyMemory<byte>.Empty }, entry.Stored.Length, position));
        Write(header);
        Write(name);
        Write(entry.Stored.Span);
    }

    /// <summary>Writes the central directory and its end record; call once, after the last entry.</summary>
    public void Finish()
    {
        var start = position;
        Span<byte> header = stackalloc byte[46];
        foreach (var (entry, storedLength, offset) in written)
        {
            var name = Encoding.ASCII.GetBytes(entry.Path);
            header.Clear();
            BinaryPrimitives.WriteUInt32LittleEndian(header, CentralHeaderSignature);
            BinaryPrimitives.WriteUInt16LittleEndian(header[4..], DeflateVersion);
            BinaryPrimitives.WriteUInt16LittleEndian(header[6..], entry.Deflated ? DeflateVersion : StoredVersion);
            BinaryPrimitives.WriteUInt16LittleEndian(header[8..], 0);
            WriteCommon(header[10..], entry, storedLength, name.Length);

            // Comment length, disk number, internal and external attributes are all zero.
            BinaryPrimitives.WriteUInt32LittleEndian(header[42..], (uint)offset);
            Write(header);
            Write(name);
        }

        Span<byte> end = stackalloc byte[22];
        end.Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(end, EndSignature);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], (ushort)written.Count);
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], (ushort)written.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], (uint)(position - start));
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], (uint)start);
        Write(end);
    }

    // Method, time, date, CRC, sizes, name length and a zero extra-field length: the part both headers share.
    private void WriteCommon(Span<byte> span, ZipEntryData entry, long storedLength, int nameLength)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(span, entry.Deflated ? DeflateMethod : StoredMethod);
        BinaryPrimitives.WriteUInt16LittleEndian(span[2..], dosTime);
        BinaryPrimitives.WriteUInt16LittleEndian(span[4..], dosDate);
        BinaryPrimitives.WriteUInt32LittleEndian(span[6..], entry.Crc);
        BinaryPrimitives.WriteUInt32LittleEndian(span[10..], (uint)storedLength);
        BinaryPrimitives.WriteUInt32LittleEndian(span[14..], (uint)entry.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(span[18..], (ushort)nameLength);
        BinaryPrimitives.WriteUInt16LittleEndian(span[20..], 0);
    }

    private void Write(ReadOnlySpan<byte> bytes)
    {
        output.Write(bytes);
        position += bytes.Length;
    }
}
