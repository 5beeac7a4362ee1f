using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Novel.Tests.Support;

/// <summary>What epubcheck said about a book: its message counts and its whole output.</summary>
internal sealed record EpubcheckResult(int Fatals, int Errors, int Warnings, string Output)
{
    /// <summary>True when epubcheck reported no fatal error, no error and no warning.</summary>
    public bool IsClean => Fatals == 0 && Errors == 0 && Warnings == 0;
}

/// <summary>
/// Runs the W3C epubcheck validator (<c>java -jar epubcheck.jar</c>) on a book. When java or the jar is missing the
/// calling test is skipped, except on CI (<c>CI=true</c>), where a validator that cannot run is a failure.
/// </summary>
internal static partial class Epubcheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>Validates the EPUB at <paramref name="epubPath"/>.</summary>
    public static EpubcheckResult Run(string epubPath)
    {
        var jar = FindJar();
        var java = FindOnPath("java");
        if (jar is null || java is null)
        {
            var missing = jar is null ? "epubcheck.jar (set EPUBCHECK_JAR, or install the epubcheck package)" : "java";
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                Assert.Fail($"{missing} is missing on CI, where the EPUB must be validated");
            }

            Assert.Skip($"{missing} is missing, so the EPUB cannot be validated");
        }

        var start = new ProcessStartInfo(java!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // C1-only JIT and the serial collector halve epubcheck's CPU time: it is a short run, not a server.
        foreach (var argument in (string[])["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar!, epubPath])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start java");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"epubcheck did not finish within {Timeout}");
        }

        var output = stdout.Result + stderr.Result;
        var counts = MessagesLine().Match(output);
        Assert.True(counts.Success, "epubcheck printed no \"Messages:\" summary:\n" + output);
        return new EpubcheckResult(Count(counts, "fatals"), Count(counts, "errors"), Count(counts, "warnings"), output);
    }

    private static int Count(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static string? FindJar() =>
        new[] { Environment.GetEnvironmentVariable("EPUBCHECK_JAR"), "/usr/share/java/epubcheck.jar" }
            .Concat(JarsListedByDpkg())
            .FirstOrDefault(c => !string.IsNullOrEmpty(c) && File.Exists(c));

    /// <summary>The jars the Debian epubcheck package installed, asked of dpkg only when the usual places come up empty.</summary>
    private static IEnumerable<string> JarsListedByDpkg()
    {
        if (FindOnPath("dpkg") is not { } dpkg)
        {
            yield break;
        }

        var start = new ProcessStartInfo(dpkg, ["-L", "epubcheck"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start);
        if (process is null)
        {
            yield break;
        }

        var listing = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        foreach (var line in listing.Split('\n').Where(line => line.EndsWith("epubcheck.jar", StringComparison.Ordinal)))
        {
            yield return line;
        }
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => new[] { Path.Combine(dir, program), Path.Combine(dir, program + ".exe") })
            .FirstOrDefault(File.Exists);

    [GeneratedRegex(@"Messages:\s*(?<fatals>\d+)\s+fatals?\s*/\s*(?<errors>\d+)\s+errors?\s*/\s*(?<warnings>\d+)\s+warnings?")]
    private static partial Regex MessagesLine();
}
