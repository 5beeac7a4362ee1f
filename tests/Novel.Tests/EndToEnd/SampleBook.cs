using Novel.Tests.Support;

namespace Novel.Tests.EndToEnd;

/// <summary>What the sample book's seed chapter holds, read from the files themselves rather than restated here.</summary>
internal static class SampleBook
{
    /// <summary>The seed's 1-based line numbers that are site boilerplate: the QR prompt, the list of other novels' titles, six blurbs.</summary>
    public static readonly int[] BoilerplateLines = [1, 27, 28, 29, 30, 31, 32, 33];

    public static string ChapterPath => Path.Combine(RepoPaths.Chapters, "0001.txt");

    public static IReadOnlyList<string> SeedLines => File.ReadAllLines(ChapterPath);

    public static IReadOnlyList<string> StoryLines =>
        SeedLines.Where((_, i) => !BoilerplateLines.Contains(i + 1)).ToList();

    public static IReadOnlyList<string> Boilerplate =>
        SeedLines.Where((_, i) => BoilerplateLines.Contains(i + 1)).ToList();

    /// <summary>The English paragraphs of 0001.en.md, without its title line.</summary>
    public static IReadOnlyList<string> English =>
        File.ReadAllText(Path.Combine(RepoPaths.Chapters, "0001.en.md"))
            .ReplaceLineEndings("\n")
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(p => !p.StartsWith('#'))
            .ToList();

    /// <summary>Copies the sample book into a fresh folder, so a test may change it.</summary>
    public static string CopyTo(TempDirectory temp)
    {
        var target = temp.Combine("book");
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(RepoPaths.Chapters))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        return target;
    }
}
