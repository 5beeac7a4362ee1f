using Novel.Cleaning;
using Novel.Model;
using Novel.Tests.Support;

namespace Novel.Tests.Cleaning;

/// <summary>The labelled cleaning cases: <c>NAME.txt</c> (UTF-8 or GB18030) and <c>NAME.expected.txt</c>, one paragraph a line.</summary>
internal static class CleaningCases
{
    /// <summary>The prefix an author's note carries in an expected file.</summary>
    public const string NotePrefix = "[note] ";

    public static string Folder => Path.Combine(RepoPaths.Cases, "Cleaning");

    public static string SourceFolder => Path.Combine(RepoPaths.Root, "tests", "Novel.Tests", "Cases", "Cleaning");

    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(Folder, "*.txt")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(n => !n.EndsWith(".expected.txt", StringComparison.Ordinal) && !n.EndsWith(".actual.txt", StringComparison.Ordinal))
            .Select(n => n[..^".txt".Length])
            .Order(StringComparer.Ordinal);

    public static string InputPath(string name) => Path.Combine(Folder, name + ".txt");

    public static string[] Expected(string name) =>
        File.ReadAllLines(Path.Combine(Folder, name + ".expected.txt")).Where(l => l.Length > 0).ToArray();

    public static string[] Render(CleanedChapter chapter) =>
        [.. chapter.Paragraphs.Select(p => p.Role == ParagraphRole.AuthorNote ? NotePrefix + p.Text : p.Text)];

    public static string StripNote(string line) =>
        line.StartsWith(NotePrefix, StringComparison.Ordinal) ? line[NotePrefix.Length..] : line;
}
