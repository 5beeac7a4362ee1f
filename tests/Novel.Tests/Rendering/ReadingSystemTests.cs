using System.Text.Json;

namespace Novel.Tests.Rendering;

/// <summary>
/// Opens built books in a real reading engine — foliate-js, the engine of the Foliate reader, in headless Chromium —
/// through tests/render/render-check.mjs, and asserts what a reader sees: a contents list with every chapter in both
/// languages, entries that open their chapters, each Chinese paragraph followed by its English one, and no escaped
/// markup. Screenshots and the check's JSON summary stay in TestResults/render/&lt;book&gt;/.
/// </summary>
public sealed class ReadingSystemTests
{
    [Fact]
    public void SampleBook_ShowsBilingualContentsAndParagraphsInOrder_InFoliate() => AssertReadsCleanly(RenderTestBooks.Sample());

    [Fact]
    public void GeneratedBookOf200Chapters_OpensEveryChapterFromTheContents_InFoliate() => AssertReadsCleanly(RenderTestBooks.Generated());

    private static void AssertReadsCleanly(BuiltBook book)
    {
        var node = RenderRequirements.RequireRenderCheck();
        var epub = book.EpubOrSkip();
        var output = Path.Combine(book.ArtifactDirectory, "render");
        var result = ToolProcess.Run(
            node,
            [Path.Combine(RenderRequirements.RenderFolder, "render-check.mjs"), epub, output, "--timeout-ms", "420000", "--chromium", RenderRequirements.Chromium],
            TimeSpan.FromMinutes(8));
        File.WriteAllText(Path.Combine(book.ArtifactDirectory, "render-check.json"), result.Stdout);
        File.WriteAllText(Path.Combine(book.ArtifactDirectory, "render-check.stderr.txt"), result.Stderr);

        JsonElement summary;
        try
        {
            summary = JsonDocument.Parse(result.Stdout).RootElement;
        }
        catch (JsonException)
        {
            Assert.Fail("render-check.mjs printed no JSON summary: " + result.Describe());
            return;
        }

        Assert.True(result.ExitCode != 2, "the render check could not run: " + Text(summary, "error") + "\n" + result.Describe());
        var failed = summary.GetProperty("checks").EnumerateObject()
            .Where(c => !c.Value.GetProperty("ok").GetBoolean())
            .Select(c => $"{c.Name}: {c.Value.GetProperty("failureCount").GetInt32()} failure(s), first: {string.Join(" | ", c.Value.GetProperty("failures").EnumerateArray().Take(5).Select(f => f.GetString()))}")
            .ToList();
        Assert.True(failed.Count == 0 && result.ExitCode == 0, $"{book} in foliate-js: " + string.Join("\n", failed) + $"\n(exit {result.ExitCode}; summary in {book.ArtifactDirectory})");

        Assert.Equal(book.ExpectedChapters, summary.GetProperty("chapters").GetInt32());
        Assert.True(summary.GetProperty("tocEntries").GetInt32() >= book.ExpectedChapters, "fewer contents entries than chapters");
        var order = summary.GetProperty("checks").GetProperty("paragraph-order");
        Assert.True(order.GetProperty("chinese").GetInt32() >= book.ExpectedChapters, "fewer Chinese paragraphs rendered than chapters");
        Assert.True(order.GetProperty("english").GetInt32() >= book.ExpectedChapters, "fewer English paragraphs rendered than chapters");

        var screenshots = summary.GetProperty("screenshots").EnumerateArray().Select(s => s.GetString()!).ToList();
        Assert.NotEmpty(screenshots);
        foreach (var screenshot in screenshots)
        {
            // A page of text compresses to tens of kilobytes; a blank or failed page to a few.
            Assert.True(new FileInfo(screenshot).Length > 15_000, $"{screenshot} looks blank ({new FileInfo(screenshot).Length} bytes)");
        }
    }

    private static string Text(JsonElement summary, string property) =>
        summary.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}
