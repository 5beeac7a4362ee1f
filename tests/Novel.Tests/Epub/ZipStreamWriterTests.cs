using System.IO.Compression;
using System.Text;
using Novel.Epub;

namespace Novel.Tests.Epub;

/// <summary>The hand-written zip writer: its CRC-32 and an archive that the platform's own zip reader reads back.</summary>
public sealed class ZipStreamWriterTests
{
    [Theory]
    [InlineData("", 0x00000000u)]
    [InlineData("123456789", 0xCBF43926u)]
    [InlineData("The quick brown fox jumps over the lazy dog", 0x414FA339u)]
    public void Crc32_MatchesTheStandardCheckValues(string text, uint expected)
    {
        Assert.Equal(expected, Crc32.Compute(Encoding.ASCII.GetBytes(text)));
    }

    [Fact]
    public void Crc32_GivesTheSameValue_WhateverTheLengthModuloEight()
    {
        var data = Enumerable.Range(0, 100).Select(i => (byte)(i * 37)).ToArray();
        for (var length = 0; length <= data.Length; length++)
        {
            Assert.Equal(BytewiseCrc(data.AsSpan(0, length)), Crc32.Compute(data.AsSpan(0, length)));
        }
    }

    [Fact]
    public void Archive_ReadsBackEntryForEntry_ThroughTheZipReader()
    {
        var page = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<p>孟繁岐 trained the network.</p>\n", 500)));
        using var output = new MemoryStream();
        EpubZipWriter.Write(output, new DateTimeOffset(2024, 5, 1, 4, 34, 56, TimeSpan.Zero),
        [
            () => EpubZipWriter.Deflate("OEBPS/text/a.xhtml", page),
            () => EpubZipWriter.Deflate("OEBPS/empty.txt", []),
        ]);

        output.Position = 0;
        using var zip = new ZipArchive(output, ZipArchiveMode.Read);
        Assert.Equal(["mimetype", "OEBPS/text/a.xhtml", "OEBPS/empty.txt"], zip.Entries.Select(e => e.FullName));
        Assert.Equal(page, Read(zip.Entries[1]));
        Assert.Empty(Read(zip.Entries[2]));
        Assert.True(zip.Entries[1].CompressedLength < page.Length / 10);
        Assert.Equal((uint)BytewiseCrc(page), zip.Entries[1].Crc32);
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    // The textbook bit-at-a-time CRC-32, to check the table-driven one against.
    private static uint BytewiseCrc(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320 ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
