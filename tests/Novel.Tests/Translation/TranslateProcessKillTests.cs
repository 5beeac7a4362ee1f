using System.Diagnostics;
using System.Text;
using Novel.Tests.Support;
using Novel.Translation;

namespace Novel.Tests.Translation;

/// <summary>
/// Runs the real <c>novel translate</c> in a child process, kills it (SIGKILL, no chance to clean up) part way, and runs
/// it again. Skips until Program.cs wires the verb to <see cref="Novel.Cli.Commands.TranslateCommand"/>.
/// </summary>
public sealed class TranslateProcessKillTests
{
    private const int Chapters = 8;
    private const int ParagraphsPerChapter = 40;

    [Fact]
    public async Task NovelTranslate_ResumesWithoutResendingWhatItKept_AfterBeingKilledPartWay()
    {
        using var folder = new TempDirectory();
        var key = "sk-test-" + Guid.NewGuid().ToString("N");
        var book = TestBooks.Make(Chapters, ParagraphsPerChapter, seed: 11);
        WriteChapterFiles(folder.Path, book);
        using var server = new FakeChatServer(requiredKey: key) { SlowDelay = TimeSpan.FromMilliseconds(150) };
        server.Script = _ => Fault.Slow; // every reply takes a while, so the kill lands mid-run
        string[] arguments = ["translate", folder.Path, "--base-url", server.BaseUrl.ToString(), "--model", "fake-model", "--concurrency", "3", "--batch-chars", "200"];

        var dryRun = await RunAsync(["translate", folder.Path, "--base-url", server.BaseUrl.ToString(), "--model", "fake-model", "--dry-run"], key, kill: null);
        if (dryRun.ExitCode != 0 || !dryRun.Output.Contains("would send", StringComparison.Ordinal))
        {
            Assert.Skip($"novel translate is not wired to TranslateCommand yet (exit {dryRun.ExitCode}: {dryRun.Error.Trim()})");
        }

        var memoryPath = TranslationMemory.DefaultPath(folder.Path);
        var killed = await RunAsync(arguments, key, kill: () => server.RequestCount >= 12);
        Assert.True(killed.Killed, "the first run finished before it could be killed");
        var firstRun = server.RequestCount;

        HashSet<string> kept;
        using (var memory = TranslationMemory.Open(memoryPath))
        {
            Assert.True(memory.Warnings.Count <= 1, string.Join("; ", memory.Warnings));
            Assert.True(memory.Count > 0, "nothing was kept before the kill");
            kept = server.Requests.SelectMany(r => r.Paragraphs).Where(p => IsKept(memory, p)).ToHashSet();
        }

        var resumed = await RunAsync(arguments, key, kill: null);
        Assert.Equal(0, resumed.ExitCode);
        var resent = server.Requests.Skip(firstRun).SelectMany(r => r.Paragraphs).ToList();
        Assert.DoesNotContain(resent, kept.Contains);
        Assert.Equal(resent.Count, resent.Distinct().Count());

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"killed after {firstRun} requests with {kept.Count} paragraphs kept; the resumed run sent {server.RequestCount - firstRun} requests for {resent.Count} paragraphs");
        var beforeAgain = server.RequestCount;
        var again = await RunAsync(arguments, key, kill: null);
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(beforeAgain, server.RequestCount);

        foreach (var text in new[] { killed.Output, killed.Error, resumed.Output, resumed.Error, File.ReadAllText(memoryPath) })
        {
            Assert.DoesNotContain(key, text, StringComparison.Ordinal);
        }
    }

    // The run has no glossary, so the key is that of the text alone.
    private static bool IsKept(TranslationMemory memory, string paragraph) =>
        memory.TryGet(TranslationMemoryKey.For(paragraph, "fake-model", [], TranslationPrompt.Version, "en"), out _);

    private static void WriteChapterFiles(string folder, Novel.Model.Book book)
    {
        foreach (var chapter in book.Chapters)
        {
            var lines = new[] { chapter.Title }.Concat(chapter.OriginalParagraphs.Select(p => p.Text));
            File.WriteAllText(Path.Combine(folder, $"{chapter.Number:0000}.txt"), string.Join("\n", lines) + "\n", new UTF8Encoding(false));
        }
    }

    private static async Task<RunResult> RunAsync(string[] arguments, string key, Func<bool>? kill)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Novel.Cli.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment[TranslatorOptions.ApiKeyEnvironmentVariable] = key;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var killed = false;
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!process.HasExited && DateTime.UtcNow < deadline)
        {
            if (kill is not null && kill())
            {
                process.Kill(entireProcessTree: true);
                killed = true;
                break;
            }

            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        if (!process.HasExited && !killed)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return new RunResult(process.ExitCode, await output, await error, killed);
    }

    private sealed record RunResult(int ExitCode, string Output, string Error, bool Killed);
}
