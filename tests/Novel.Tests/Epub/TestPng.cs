using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Novel.Epub;
using Novel.Epub.Reading;

namespace Novel.Tests.Epub;

/// <summary>Makes small, valid PNG images for covers: a solid colour, encoded by hand (signature, IHDR, IDAT, IEND).</summary>
internal static class TestPng
{
    /// <summary>A <paramref name="width"/> × <paramref name="height"/> RGB image of one colour.</summary>
    public static byte[] Solid(int width, int height, byte red, byte green, byte blue)
    {
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // colour type: RGB
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", Pixels(width, height, red, green, blue));
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static byte[] Pixels(int width, int height, byte red, byte green, byte blue)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal))
        {
            var row = new byte[1 + (3 * width)];
            for (var x = 0; x < width; x++)
            {
                row[1 + (3 * x)] = red;
                row[2 + (3 * x)] = green;
                row[3 + (3 * x)] = blue;
            }

            for (var y = 0; y < height; y++)
            {
                zlib.Write(row);
            }
        }

        return compressed.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var typeBytes = Encoding.ASCII.GetBytes(type);
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        png.Write(typeBytes);
        png.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32.Compute([.. typeBytes, .. data]));
        png.Write(number);
    }
}
