using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Novel.Epub.Reading;
using Novel.Tests.Support;

namespace Novel.Tests.Epub;

/// <summary><see cref="EpubReader"/> refuses broken and unsafe files with a <see cref="NovelInputException"/> that names the file.</summary>
public sealed class EpubReaderRejectionTests : IDisposable
{
    private const string Container =
        """<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>""";

    private readonly TempDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Read_RejectsAFileThatIsNotAZip()
    {
        var path = folder.Combine("not-a-zip.epub");
        File.WriteAllText(path, "第1章 残差\n这不是一个EPUB文件。");

        var error = Assert.Throws<NovelInputException>(() => EpubReader.Read(path));

        Assert.Equal(path, error.File);
        Assert.StartsWith(path + ": not a zip archive", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RejectsAMissingFile()
    {
        var path = folder.Combine("absent.epub");

        var error = Assert.Throws<NovelInputException>(() => EpubReader.Read(path));

        Assert.Equal(path + ": no such file", error.Message);
    }

    [Theory]
    [InlineData("../evil.xhtml")]
    [InlineData("OEBPS/../../evil.xhtml")]
    [InlineData("/etc/passwd")]
    [InlineData("C:/Windows/evil.dll")]
    [InlineData("OEBPS\\..\\evil.xhtml")]
    public void Read_RejectsEntryNamesThatEscapeTheFolder(string name)
    {
        var path = Zip("slip.epub", Stored("mimetype", "application/epub+zip"), Deflated("META-INF/container.xml", Container), Deflated(name, "<html/>"));

        var error = Assert.Throws<NovelInputException>(() => EpubReader.Read(path));

        Assert.Equal(path, error.File);
        Assert.Contains($"entry \"{name}\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("escape", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RejectsALargeEntryCompressedBeyondAHundredToOne()
    {
        var zeros = new byte[2 << 20];
        var path = Zip("bomb.epub", Stored("mimetype", "application/epub+zip"), Deflated("META-INF/container.xml", Container), ("OEBPS/zeros.bin", zeros, CompressionLevel.Optimal));

        var error = Assert.Throws<NovelInputException>(() => EpubReader.Read(path));

        Assert.StartsWith(path + ": OEBPS/zeros.bin: compresses 2097152 bytes into", error.Message, StringComparison.Ordinal);
        Assert.Contains("zip bomb", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RejectsAnArchiveDeclaringMoreThanTheTotalLimit()
    {
        var noise = new byte[48 * 1024];
        new Random(7).NextBytes(noise);
        var path = Zip("big.epub", Stored("mimetype", "application/epub+zip"), ("OEBPS/a.bin", noise, CompressionLevel.Optimal), ("OEBPS/b.bin", noise, CompressionLevel.Optimal));
        var limits = EpubArchiveLimits.Default with { MaxTotalBytes = 64 * 1024 };

        var error = Assert.Throws<NovelInputException>(() => EpubReader.Read(path, limits));

        Assert.Equal($"{path}: declares more than 65536 bytes uncompressed; refusing a possible zip bomb", error.Message);
    }

    [Fact]
    public void Read_RejectsAnEntryThatInflatesToMoreThanItDeclares()
    {
        var package = "<package>" + new string('a', 200_000) + "</package>";
        var path = Zip("lying.epub", Stored("mimetype", "application/epub+zip"), Deflated("META-INF/container.xml", Container), Deflated("OEBPS/content.opf", package));
        DeclareUncompressedSize(path, "OEBPS/content.opf", 1_000);

        var error = Assert.Throws<NovelInputException>(() => EpubReader.Read(path));

        Assert.Equal(path + ": OEBPS/content.opf: corrupt entry: its content does not match its CRC-32 (or it lies about its size)", error.Message);
    }

    [Fact]
    public void Read_RejectsAnArchiveWithoutMimetype()
    {
        var path = Zip("no-mimetype.epub", Deflated("META-INF/container.xml", Container));

        var error = Assert.Throws<NovelInputException>(() => EpubReader.Read(path));

        Assert.Equal(path + ": no mimetype entry, so not an EPUB", error.Message);
    }

    [Fact]
    public void Read_RejectsACompressedMimetype()
    {
        var path = Zip("deflated-mimetype.epub", Deflated("mimetype", "application/epub+zip"), Deflated("META-INF/container.xml", Container));

        var error = Assert.Throws<NovelInputException>(() => EpubReader.Read(path));

        Assert.Equal(path + ": byte 8: the mimetype entry is compressed; it must be stored", error.Message);
    }

    [Fact]
    public void Read_RejectsAWrongMimetype()
    {
        var path = Zip("wrong-mimetype.epub", Stored("mimetype", "application/zip"), Deflated("META-INF/container.xml", Container));

        var error = Assert.Throws<NovelInputException>(() => EpubReader.Read(path));

        Assert.Equal(path + ": mimetype holds \"application/zip\", not \"application/epub+zip\"", error.Message);
    }

    [Fact]
    public void Read_RejectsAnArchiveWithoutContainer()
    {
        var path = Zip("no-container.epub", Stored("mimetype", "application/epub+zip"), Deflated("OEBPS/content.opf", "<package/>"));

        var error = Assert.Throws<NovelInputException>(() => EpubReader.Read(path));

        Assert.Equal(path + ": META-INF/container.xml: missing, so the package document cannot be found", error.Message);
    }

    [Fact]
    public void Read_RejectsAContainerPointingAtAMissingPackage()
    {
        var path = Zip("no-opf.epub", Stored("mimetype", "application/epub+zip"), Deflated("META-INF/container.xml", Container));

        var error = Assert.Throws<NovelInputException>(() => EpubReader.Read(path));

        Assert.Equal(path + ": OEBPS/content.opf: the package document named by META-INF/container.xml is missing", error.Message);
    }

    [Fact]
    public void Read_RejectsBrokenXml_NamingTheEntryAndLine()
    {
        var written = WrittenBook.Bytes(SampleBooks.Small(), WrittenBook.Options());
        var path = WrittenBook.Rezip(folder, "broken.epub", written, (name, text) => name == "OEBPS/text/chapter-0001.xhtml"
            ? "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<body><p>残差</body>\n</html>"
            : text);

        var error = Assert.Throws<NovelInputException>(() => EpubReader.Read(path));

        Assert.StartsWith(path + ": OEBPS/text/chapter-0001.xhtml: line 3, column ", error.Message, StringComparison.Ordinal);
        Assert.Contains("malformed XML", error.Message, StringComparison.Ordinal);
    }

    private static (string, byte[], CompressionLevel) Stored(string name, string content) => (name, Encoding.UTF8.GetBytes(content), CompressionLevel.NoCompression);

    private static (string, byte[], CompressionLevel) Deflated(string name, string content) => (name, Encoding.UTF8.GetBytes(content), CompressionLevel.Optimal);

    private string Zip(string fileName, params (string Name, byte[] Content, CompressionLevel Level)[] entries)
    {
        var path = folder.Combine(fileName);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, content, level) in entries)
        {
            using var stream = zip.CreateEntry(name, level).Open();
            stream.Write(content);
        }

        return path;
    }

    /// <summary>Rewrites the uncompressed size an entry declares, in its local header and its central directory record.</summary>
    private static void DeclareUncompressedSize(string path, string name, uint size)
    {
        var bytes = File.ReadAllBytes(path);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var patched = 0;
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i));
            var (sizeOffset, nameOffset) = signature switch
            {
                0x04034b50 => (22, 30),
                0x02014b50 => (24, 46),
                _ => (-1, -1),
            };
            if (sizeOffset > 0 && bytes.AsSpan(i + nameOffset).StartsWith(nameBytes))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + sizeOffset), size);
                patched++;
            }
        }

        Assert.Equal(2, patched);
        File.WriteAllBytes(path, bytes);
    }
}
