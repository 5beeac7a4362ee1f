using System.IO.Compression;

namespace Novel.Tests.Rendering;

/// <summary>Writes a plain portrait PNG (two colour bands) to serve as a test book's cover image.</summary>
internal static class CoverPng
{
    private static readonly uint[] CrcTable = Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++)
        {
            c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        }

        return c;
    }).ToArray();

    public static void Write(string path, int width = 600, int height = 900)
    {
        var pixels = new MemoryStream();
        using (var zlib = new ZLibStream(pixels, CompressionLevel.Optimal, leaveOpen: true))
        {
            var row = new byte[1 + (width * 3)];
            for (var y = 0; y < height; y++)
            {
                var (r, g, b) = y < height / 3 ? ((byte)140, (byte)30, (byte)30) : ((byte)245, (byte)235, (byte)215);
                for (var x = 0; x < width; x++)
                {
                    row[1 + (x * 3)] = r;
                    row[2 + (x * 3)] = g;
                    row[3 + (x * 3)] = b;
                }

                zlib.Write(row);
            }
        }

        using var file = File.Create(path);
        file.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        WriteBigEndian(header, 0, (uint)width);
        WriteBigEndian(header, 4, (uint)height);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour
        WriteChunk(file, "IHDR", header);
        WriteChunk(file, "IDAT", pixels.ToArray());
        WriteChunk(file, "IEND", []);
    }

    private static void WriteChunk(Stream output, string type, byte[] data)
    {
        var length = new byte[4];
        WriteBigEndian(length, 0, (uint)data.Length);
        output.Write(length);
        var typeAndData = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        output.Write(typeAndData);
        var crc = 0xFFFFFFFFu;
        foreach (var b in typeAndData)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        var crcBytes = new byte[4];
        WriteBigEndian(crcBytes, 0, crc ^ 0xFFFFFFFFu);
        output.Write(crcBytes);
    }

    private static void WriteBigEndian(byte[] buffer, int offset, uint value)
    {
        buffer[offset] = (byte)(value >> 24);
        buffer[offset + 1] = (byte)(value >> 16);
        buffer[offset + 2] = (byte)(value >> 8);
        buffer[offset + 3] = (byte)value;
    }
}
