using System.Collections.Concurrent;
using System.Text.Json;
using Novel.Config;

namespace Novel.Tests.Rendering;

/// <summary>
/// The Kindle path: calibre's <c>ebook-convert</c> turns each built EPUB into AZW3 without an error, and calibre's
/// metadata readers (<c>ebook-meta</c>) find the book's title, author, languages, identifier and cover in the EPUB
/// and in the AZW3. The expected values come from the book's own book.yml. Books and tool output stay in
/// TestResults/render/&lt;book&gt;/.
/// </summary>
public sealed class KindleConversionTests
{
    private static readonly ConcurrentDictionary<string, Lazy<(string Azw3, ToolResult Result)>> Conversions = new();

    public static TheoryData<string> Books => RenderTestBooks.Names;

    [Theory]
    [MemberData(nameof(Books))]
    public void EbookConvert_WritesAzw3WithoutErrors(string name)
    {
        var (azw3, result) = Convert(name);

        Assert.True(result.ExitCode == 0, "ebook-convert failed: " + result.Describe());
        var output = result.Stdout + result.Stderr;
        Assert.DoesNotContain("Traceback", output, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?m)^\s*(ERROR|Error)\b", output);
        Assert.True(new FileInfo(azw3).Length > 1000, $"{azw3} is nearly empty");
    }

    [Theory]
    [MemberData(nameof(Books))]
    public void EbookMeta_FindsTitleAuthorLanguagesIdentifierAndCover_InTheEpub(string name)
    {
        var (_, meta) = RenderRequirements.RequireCalibre();
        var book = RenderTestBooks.Get(name);
        var epub = book.EpubOrSkip();
        var expected = BookConfigLoader.LoadFromFolder(book.BookDirectory).Metadata;
        var package = EpubPackage.Open(epub);
        var coverOut = Path.Combine(book.ArtifactDirectory, "ebook-meta-epub-cover");

        var result = ToolProcess.Run(meta, [epub, "--get-cover=" + coverOut], TimeSpan.FromMinutes(2), RenderRequirements.CalibreEnvironment);
        File.WriteAllText(Path.Combine(book.ArtifactDirectory, "ebook-meta-epub.txt"), result.Stdout + result.Stderr);
        var fields = Fields(result.Stdout);

        Assert.True(result.ExitCode == 0, "ebook-meta failed: " + result.Describe());
        Assert.Contains(expected.Title, fields.GetValueOrDefault("Title") ?? "", StringComparison.Ordinal);
        if (expected.Author is not null)
        {
            Assert.Contains(expected.Author, fields.GetValueOrDefault("Author(s)") ?? "", StringComparison.Ordinal);
        }

        var languages = (fields.GetValueOrDefault("Languages") ?? "").Split(',', StringSplitOptions.TrimEntries);
        Assert.Equal([Iso639Part2(expected.Language), Iso639Part2(expected.TranslationLanguage)], languages);

        // ebook-meta prints no line for a urn:uuid identifier (calibre keeps it as the book's uuid), so ask calibre's
        // metadata reader for it directly.
        var identifier = expected.Identifier ?? package.UniqueIdentifier;
        var read = CalibreMetadata(epub);
        var found = new[] { read.GetProperty("uuid").GetString() ?? "" }
            .Concat(read.GetProperty("identifiers").EnumerateObject().Select(i => i.Value.GetString() ?? ""));
        Assert.Contains(found, value => value.Length > 0 && identifier.EndsWith(value, StringComparison.OrdinalIgnoreCase));

        if (package.CoverImage is { } cover)
        {
            Assert.True(File.Exists(coverOut), "ebook-meta found no cover although the EPUB declares " + cover.Path);
            if (cover.MediaType == "image/svg+xml")
            {
                // A typographic SVG cover comes back rasterised, as the JPEG that Kindle's library view shows.
                Assert.Equal([0xFF, 0xD8, 0xFF], File.ReadAllBytes(coverOut)[..3]);
            }
            else
            {
                Assert.Equal(package.Bytes(cover.Path), File.ReadAllBytes(coverOut));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Books))]
    public void EbookMeta_FindsTitleAuthorLanguagesAndCover_InTheAzw3(string name)
    {
        var (_, meta) = RenderRequirements.RequireCalibre();
        var book = RenderTestBooks.Get(name);
        var (azw3, conversion) = Convert(name);
        Assert.True(conversion.ExitCode == 0, "ebook-convert failed: " + conversion.Describe());
        var expected = BookConfigLoader.LoadFromFolder(book.BookDirectory).Metadata;
        var package = EpubPackage.Open(book.Epub);

        var result = ToolProcess.Run(meta, [azw3], TimeSpan.FromMinutes(2), RenderRequirements.CalibreEnvironment);
        File.WriteAllText(Path.Combine(book.ArtifactDirectory, "ebook-meta-azw3.txt"), result.Stdout + result.Stderr);
        var fields = Fields(result.Stdout);
        var header = Azw3Header.Read(azw3);

        Assert.True(result.ExitCode == 0, "ebook-meta failed: " + result.Describe());
        Assert.Contains(expected.Title, fields.GetValueOrDefault("Title") ?? "", StringComparison.Ordinal);
        Assert.Contains(expected.Title, header.Title ?? "", StringComparison.Ordinal);
        if (expected.Author is not null)
        {
            Assert.Contains(expected.Author, fields.GetValueOrDefault("Author(s)") ?? "", StringComparison.Ordinal);
            Assert.Contains(expected.Author, header.Authors);
        }

        // A Kindle takes the book's language from the MOBI header's locale: it must say Chinese, and the language
        // records must list the original then the translation. (ebook-meta prints only the last record: "eng".)
        Assert.Equal(Azw3Header.ChineseLocale, header.Locale);
        Assert.Equal(["zh", Iso639Part1(expected.TranslationLanguage)], header.Languages);
        Assert.Contains(Iso639Part2(expected.TranslationLanguage), fields.GetValueOrDefault("Languages") ?? "", StringComparison.Ordinal);

        // calibre gives every AZW3 a fresh ASIN rather than the EPUB's identifier; a Kindle needs one to keep the
        // reading position, so it must be there.
        Assert.False(string.IsNullOrWhiteSpace(header.Asin), "the AZW3 has no ASIN (EXTH 113)");
        Assert.Contains("mobi-asin:", fields.GetValueOrDefault("Identifiers") ?? "", StringComparison.Ordinal);

        // calibre carries raster covers into the AZW3's cover record; a typographic SVG cover it leaves out.
        if (package.CoverImage is { MediaType: not "image/svg+xml" })
        {
            var coverOut = Path.Combine(book.ArtifactDirectory, "ebook-meta-azw3-cover.jpg");
            var cover = ToolProcess.Run(meta, [azw3, "--get-cover=" + coverOut], TimeSpan.FromMinutes(2), RenderRequirements.CalibreEnvironment);
            Assert.True(header.HasCover, "the AZW3 has no cover record (EXTH 201) although the EPUB has a cover");
            Assert.True(cover.ExitCode == 0 && File.Exists(coverOut) && new FileInfo(coverOut).Length > 1000, "ebook-meta found no cover in the AZW3: " + cover.Describe());
        }
    }

    private static (string Azw3, ToolResult Result) Convert(string name)
    {
        var (convert, _) = RenderRequirements.RequireCalibre();
        var book = RenderTestBooks.Get(name);
        var epub = book.EpubOrSkip();
        return Conversions.GetOrAdd(name, _ => new Lazy<(string, ToolResult)>(() =>
        {
            var azw3 = Path.Combine(book.ArtifactDirectory, book.Name + ".azw3");
            var result = ToolProcess.Run(convert, [epub, azw3], TimeSpan.FromMinutes(10), RenderRequirements.CalibreEnvironment);
            File.WriteAllText(Path.Combine(book.ArtifactDirectory, "ebook-convert.txt"), result.Describe());
            return (azw3, result);
        })).Value;
    }

    /// <summary>calibre's own reading of a book's metadata (what its conversion starts from), as JSON.</summary>
    private static JsonElement CalibreMetadata(string path)
    {
        var debug = ToolProcess.FindOnPath("calibre-debug");
        if (debug is null)
        {
            RenderRequirements.SkipOrFail("calibre-debug is not on PATH; install calibre");
        }

        const string Script = "import sys, json\n"
            + "from calibre.ebooks.metadata.meta import get_metadata\n"
            + "path = sys.argv[-1]\n"
            + "with open(path, 'rb') as f: mi = get_metadata(f, path.rsplit('.', 1)[-1])\n"
            + "print(json.dumps({'uuid': mi.uuid, 'identifiers': mi.get_identifiers(), 'languages': mi.languages}))\n";
        var scriptPath = Path.Combine(Path.GetTempPath(), $"novel-calibre-metadata-{Environment.ProcessId}.py");
        File.WriteAllText(scriptPath, Script);
        var result = ToolProcess.Run(debug!, [scriptPath, path], TimeSpan.FromMinutes(2), RenderRequirements.CalibreEnvironment);
        Assert.True(result.ExitCode == 0, "calibre-debug failed: " + result.Describe());
        var json = result.Stdout.Split('\n').Last(l => l.TrimStart().StartsWith('{'));
        return JsonDocument.Parse(json).RootElement;
    }

    /// <summary>ebook-meta's "Name : value" lines.</summary>
    private static Dictionary<string, string> Fields(string output) =>
        output.Split('\n')
            .Select(line => line.Split(" : ", 2))
            .Where(parts => parts.Length == 2)
            .GroupBy(parts => parts[0].Trim())
            .ToDictionary(g => g.Key, g => g.First()[1].Trim());

    private static string Iso639Part1(string tag) => tag.Split('-')[0].ToLowerInvariant();

    private static string Iso639Part2(string tag) => Iso639Part1(tag) switch
    {
        "zh" => "zho",
        "en" => "eng",
        "ja" => "jpn",
        "ko" => "kor",
        var other => other,
    };
}
