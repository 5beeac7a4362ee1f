namespace Novel.Epub;

/// <summary>One zip entry ready to be written: its name, its bytes as stored, and what the headers say of them.</summary>
/// <param name="Path">The entry's name in the archive (ASCII, forward slashes).</param>
/// <param name="Stored">The bytes as they go into the archive: deflated, or the content itself when not compressed.</param>
/// <param name="Deflated">True when <paramref name="Stored"/> is raw deflate data, false when it is the content as is.</param>
/// <param name="Crc">The CRC-32 of the uncompressed content.</param>
/// <param name="Length">The uncompressed content's length.</param>
internal sealed record ZipEntryData(string Path, ReadOnlyMemory<byte> Stored, bool Deflated, uint Crc, long Length);
