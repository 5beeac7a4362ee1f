using System.Buffers.Binary;
using System.Text;

namespace Novel.Tests.Rendering;

/// <summary>
/// The parts of a Kindle (AZW3/KF8) file's first record a Kindle reads for the book's identity: the MOBI header's
/// locale (its primary language) and the EXTH records for title (503), authors (100), languages (524), ASIN (113)
/// and the cover (201). calibre's <c>ebook-meta</c> shows only the last language record, so the test reads them here.
/// </summary>
internal sealed record Azw3Header(int Locale, IReadOnlyList<string> Languages, string? Title, IReadOnlyList<string> Authors, string? Asin, bool HasCover)
{
    /// <summary>The Windows LCID primary-language code the MOBI header uses for Chinese.</summary>
    public const int ChineseLocale = 0x04;

    public static Azw3Header Read(string path)
    {
        var file = File.ReadAllBytes(path);
        if (Encoding.ASCII.GetString(file, 60, 8) != "BOOKMOBI")
        {
            throw new InvalidDataException($"{path} is not a MOBI/AZW3 file");
        }

        var record0 = (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(78));
        var mobi = record0 + 16;
        if (Encoding.ASCII.GetString(file, mobi, 4) != "MOBI")
        {
            throw new InvalidDataException($"{path} has no MOBI header");
        }

        var headerLength = (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(mobi + 4));
        var locale = (int)(BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(record0 + 0x5C)) & 0xFF);
        var records = new List<(uint Type, string Value)>();
        var exth = mobi + headerLength;
        if (Encoding.ASCII.GetString(file, exth, 4) == "EXTH")
        {
            var count = BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(exth + 8));
            var at = exth + 12;
            for (var i = 0; i < count; i++)
            {
                var type = BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(at));
                var length = (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(at + 4));
                records.Add((type, Encoding.UTF8.GetString(file, at + 8, length - 8)));
                at += length;
            }
        }

        string? First(uint type) => records.Where(r => r.Type == type).Select(r => r.Value).FirstOrDefault();
        return new Azw3Header(
            locale,
            records.Where(r => r.Type == 524).Select(r => r.Value).ToList(),
            First(503),
            records.Where(r => r.Type == 100).Select(r => r.Value).ToList(),
            First(113),
            records.Any(r => r.Type == 201));
    }
}
