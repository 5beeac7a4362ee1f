using System.IO.Compression;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Xml.Parser;
using Novel.Epub;
using Novel.Model;
using Novel.Tests.Support;

namespace Novel.Tests.Epub;

/// <summary>Writes books to EPUB files in a temporary folder and opens their entries for inspection.</summary>
internal static class WrittenBook
{
    /// <summary>The options the tests write with unless they say otherwise.</summary>
    public static EpubWriterOptions Options(EpubLayout layout = EpubLayout.Bilingual) =>
        new() { Modified = SampleBooks.Modified, Layout = layout };

    /// <summary>Writes <paramref name="book"/> into <paramref name="folder"/> and returns the file's path.</summary>
    public static string Write(TempDirectory folder, Book book, EpubWriterOptions? options = null, string name = "book.epub")
    {
        var path = folder.Combine(name);
        using var file = File.Create(path);
        new EpubWriter().Write(book, file, options ?? Options());
        return path;
    }

    /// <summary>The bytes of <paramref name="book"/> as an EPUB.</summary>
    public static byte[] Bytes(Book book, EpubWriterOptions options)
    {
        using var buffer = new MemoryStream();
        new EpubWriter().Write(book, buffer, options);
        return buffer.ToArray();
    }

    /// <summary>The names and sizes of an EPUB's entries, in archive order.</summary>
    public static IReadOnlyList<ZipArchiveEntry> Entries(byte[] epub) =>
        new ZipArchive(new MemoryStream(epub), ZipArchiveMode.Read).Entries.ToList();

    /// <summary>The text of one entry.</summary>
    public static string EntryText(byte[] epub, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(epub), ZipArchiveMode.Read);
        var entry = zip.GetEntry(name) ?? throw new InvalidOperationException(name + " is not in the EPUB");
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>One entry parsed as XML.</summary>
    public static IDocument EntryXml(byte[] epub, string name) => new XmlParser().ParseDocument(EntryText(epub, name));

    /// <summary>
    /// Zips <paramref name="epub"/>'s entries again into <paramref name="fileName"/>, mimetype stored and first, passing
    /// each entry's text through <paramref name="edit"/> (name, text) so a test can break or trim one document.
    /// </summary>
    public static string Rezip(TempDirectory folder, string fileName, byte[] epub, Func<string, string, string> edit)
    {
        var path = folder.Combine(fileName);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var name in Entries(epub).Select(e => e.FullName))
        {
            var level = name == "mimetype" ? CompressionLevel.NoCompression : CompressionLevel.Optimal;
            using var stream = zip.CreateEntry(name, level).Open();
            stream.Write(Encoding.UTF8.GetBytes(edit(name, EntryText(epub, name))));
        }

        return path;
    }
}
