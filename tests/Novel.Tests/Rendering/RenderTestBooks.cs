using Novel.Bench;
using Novel.Tests.Support;

namespace Novel.Tests.Rendering;

/// <summary>
/// The books the rendering, Kindle and reader-quirk tests read, each built once a test run: the sample book
/// (<c>chapters/</c>) and a generated 200-chapter book with a cover. <see cref="Build"/> is the one seam between
/// these tests and Novel: it turns a book folder into an EPUB with the same BookBuilder that <c>novel build</c> runs.
/// </summary>
internal static class RenderTestBooks
{
    public const string SampleName = "sample";

    public const string GeneratedName = "generated-200";

    private const int GeneratedChapters = 200;

    private static readonly Lock BuildLock = new(); // one book at a time: each build already uses both cores

    private static readonly Lazy<BuiltBook> SampleBook = new(() => BuildBook(
        SampleName, RepoPaths.Chapters, Directory.GetFiles(RepoPaths.Chapters, "*.txt").Length));

    private static readonly Lazy<BuiltBook> GeneratedBook = new(() =>
    {
        var directory = Path.Combine(Path.GetTempPath(), "novel-render-tests", $"{GeneratedName}-{Environment.ProcessId}");
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        new SyntheticBookGenerator(paragraphsPerChapter: 12).Write(directory, GeneratedChapters);
        CoverPng.Write(Path.Combine(directory, "cover.png"));
        File.AppendAllText(Path.Combine(directory, "book.yml"), "cover-image: cover.png\n");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteQuietly(directory);
        return BuildBook(GeneratedName, directory, GeneratedChapters);
    });

    /// <summary>The folder under the test output where the rendering tests keep screenshots, books and tool output.</summary>
    public static string ArtifactRoot => Path.Combine(AppContext.BaseDirectory, "TestResults", "render");

    /// <summary>The names <see cref="Get"/> takes, for theories over every test book.</summary>
    public static TheoryData<string> Names => [SampleName, GeneratedName];

    public static BuiltBook Sample() => SampleBook.Value;

    public static BuiltBook Generated() => GeneratedBook.Value;

    public static BuiltBook Get(string name) => name switch
    {
        SampleName => Sample(),
        GeneratedName => Generated(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown test book"),
    };

    /// <summary>
    /// The seam: builds <paramref name="bookDirectory"/> into <paramref name="outputEpub"/> or throws with the
    /// reason.
    /// </summary>
    public static void Build(string bookDirectory, string outputEpub)
    {
        using var _ = BuildLock.EnterScope();
        Novel.Building.BookBuilder.Build(new Novel.Building.BuildRequest { BookDirectory = bookDirectory, OutputPath = outputEpub });
        if (!File.Exists(outputEpub))
        {
            throw new InvalidOperationException($"building {bookDirectory} wrote no {outputEpub}");
        }
    }

    private static BuiltBook BuildBook(string name, string bookDirectory, int expectedChapters)
    {
        var artifacts = Path.Combine(ArtifactRoot, name);
        DeleteQuietly(artifacts);
        Directory.CreateDirectory(artifacts);
        var epub = Path.Combine(artifacts, name + ".epub");
        try
        {
            Build(bookDirectory, epub);
            return new BuiltBook(name, bookDirectory, epub, expectedChapters, artifacts, null);
        }
        catch (InvalidOperationException e)
        {
            File.WriteAllText(Path.Combine(artifacts, "build-failure.txt"), e.Message);
            return new BuiltBook(name, bookDirectory, epub, expectedChapters, artifacts, e.Message);
        }
    }

    private static void DeleteQuietly(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
        }
    }
}
