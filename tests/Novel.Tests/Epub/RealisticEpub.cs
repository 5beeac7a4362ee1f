using Novel.Epub.Reading;
using Novel.Model;
using Novel.Tests.Support;

namespace Novel.Tests.Epub;

/// <summary>The sample book written once with the default options and read back, shared by a test class.</summary>
public sealed class RealisticEpub : IDisposable
{
    private readonly TempDirectory folder = new();

    public RealisticEpub()
    {
        Book = SampleBooks.Realistic();
        Path = WrittenBook.Write(folder, Book);
        Bytes = File.ReadAllBytes(Path);
        Document = EpubReader.Read(Path);
    }

    /// <summary>The book as written.</summary>
    public Book Book { get; }

    /// <summary>The EPUB file.</summary>
    public string Path { get; }

    /// <summary>The EPUB's bytes.</summary>
    public byte[] Bytes { get; }

    /// <summary>The EPUB as <see cref="EpubReader"/> reads it.</summary>
    public EpubDocument Document { get; }

    public void Dispose() => folder.Dispose();
}
