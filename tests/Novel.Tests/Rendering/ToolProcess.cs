using Novel.Tests.Support;
using System.Diagnostics;

namespace Novel.Tests.Rendering;

/// <summary>What an external tool did: exit code, output, time taken, and whether it was killed for taking too long.</summary>
internal sealed record ToolResult(int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed, bool TimedOut)
{
    public string Describe() => $"exit {ExitCode}{(TimedOut ? " (timed out, killed)" : "")} after {Elapsed.TotalSeconds:F1} s\n--- stdout ---\n{Tail(Stdout)}\n--- stderr ---\n{Tail(Stderr)}";

    private static string Tail(string text) => text.Length <= 4000 ? text : "…" + text[^4000..];
}

/// <summary>Runs an external tool (node, dotnet, calibre) with a time limit, killing its whole process tree when it runs over.</summary>
internal static class ToolProcess
{
    public static ToolResult Run(string fileName, IEnumerable<string> arguments, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? RepoPaths.Root,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {fileName}");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var exited = process.WaitForExit(timeout);
        if (!exited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(10));
        }

        process.WaitForExit();
        return new ToolResult(exited ? process.ExitCode : -1, stdout.Result, stderr.Result, clock.Elapsed, !exited);
    }

    /// <summary>The full path of <paramref name="name"/> on PATH, or null.</summary>
    public static string? FindOnPath(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
