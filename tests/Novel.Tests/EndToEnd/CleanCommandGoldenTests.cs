using System.Text.Json;
using Novel.Cli;
using Novel.Tests.Support;

namespace Novel.Tests.EndToEnd;

/// <summary>
/// `novel clean` on whole inputs as users save them — a scraped HTML page, a whole-book text in UTF-8 and in GB18030 —
/// against golden files: `Cases/Clean/NAME.ext` → `NAME.expected.txt`; a mismatch writes `NAME.actual.txt`.
/// </summary>
public class CleanCommandGoldenTests
{
    public static TheoryData<string> Cases => new(Directory.GetFiles(Path.Combine(RepoPaths.Cases, "Clean"))
        .Where(f => !f.EndsWith(".expected.txt", StringComparison.Ordinal) && !f.EndsWith(".actual.txt", StringComparison.Ordinal))
        .Select(Path.GetFileName)
        .OfType<string>()
        .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Clean_PrintsTheGoldenText_AndAccountsForEveryLine(string name)
    {
        using var temp = new TempDirectory();
        var input = Path.Combine(RepoPaths.Cases, "Clean", name);
        var report = temp.Combine("report.json");
        var stdout = new StringWriter();

        var exit = CliApplication.Run(["clean", input, "--report", report], stdout, new StringWriter());

        Assert.Equal(0, exit);
        var expectedPath = Path.Combine(RepoPaths.Cases, "Clean", Path.GetFileNameWithoutExtension(name) + ".expected.txt");
        var expected = File.ReadAllText(expectedPath).ReplaceLineEndings("\n");
        var actual = stdout.ToString().ReplaceLineEndings("\n");
        if (expected != actual)
        {
            File.WriteAllText(Path.Combine(RepoPaths.Root, "tests", "Novel.Tests", "Cases", "Clean", Path.GetFileNameWithoutExtension(name) + ".actual.txt"), actual);
        }

        Assert.Equal(expected, actual);
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal(0, summary.GetProperty("unaccounted").GetInt32());
        Assert.True(summary.GetProperty("removed").GetInt32() > 0, "each case carries site junk that must be removed by a named rule");
        if (name.EndsWith(".txt", StringComparison.Ordinal))
        {
            // Every non-blank line of a text input is kept, removed, joined or a heading: none goes missing.
            var text = Novel.Loading.TextDecoder.Decode(File.ReadAllBytes(input), input);
            var lines = text.ReplaceLineEndings("\n").Split('\n').Count(l => l.Trim().Length > 0);
            Assert.Equal(lines, summary.GetProperty("lines").GetInt32());
        }
    }
}
