using System.Buffers.Binary;
using System.Text;

namespace Novel.Epub.Reading;

/// <summary>
/// Checks OCF's rule for the <c>mimetype</c> entry: first in the archive, stored without compression and without an
/// extra field, holding exactly <c>application/epub+zip</c> (so that tools can recognise an EPUB by its first bytes).
/// </summary>
internal static class MimetypeCheck
{
    private const string Name = "mimetype";
    private const int LocalHeaderLength = 30;

    /// <summary>Throws a <see cref="NovelInputException"/> when the archive breaks the rule.</summary>
    public static void Verify(EpubArchive archive)
    {
        if (!archive.Contains(Name))
        {
            throw new NovelInputException(archive.Path, "no mimetype entry, so not an EPUB");
        }

        if (archive.EntryNames[0] != Name)
        {
            throw new NovelInputException(archive.Path, $"the mimetype entry must come first, but \"{archive.EntryNames[0]}\" does");
        }

        VerifyLocalHeader(archive.Path);
        var content = Encoding.ASCII.GetString(archive.ReadBytes(Name));
        if (content != EpubZipWriter.MimetypeContent)
        {
            throw new NovelInputException(archive.Path, $"mimetype holds \"{content}\", not \"{EpubZipWriter.MimetypeContent}\"");
        }
    }

    private static void VerifyLocalHeader(string path)
    {
        var header = new byte[LocalHeaderLength + Name.Length];
        using (var file = File.OpenRead(path))
        {
            file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }

        var signature = BinaryPrimitives.ReadUInt32LittleEndian(header) == 0x04034b50;
        var method = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(8));
        var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(26));
        var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(28));
        var name = Encoding.ASCII.GetString(header, LocalHeaderLength, Name.Length);
        if (!signature || nameLength != Name.Length || name != Name)
        {
            throw new NovelInputException(path, "the archive does not start with the mimetype entry", byteOffset: 0);
        }

        if (method != 0)
        {
            throw new NovelInputException(path, "the mimetype entry is compressed; it must be stored", byteOffset: 8);
        }

        if (extraLength != 0)
        {
            throw new NovelInputException(path, "the mimetype entry has an extra field; it must have none", byteOffset: 28);
        }
    }
}
