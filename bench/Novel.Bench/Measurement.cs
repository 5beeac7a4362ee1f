using System.Diagnostics;
using System.Globalization;

namespace Novel.Bench;

/// <summary>What one whole-process run cost: wall and CPU seconds, peak resident memory, output size.</summary>
internal sealed record Measurement(string Tool, string Case, double WallSeconds, double CpuSeconds, long PeakRssKb, long OutputBytes, bool Finished, int ExitCode)
{
    /// <summary>
    /// Runs a command under GNU time (<c>/usr/bin/time</c>), which reports the child's wall time, user and system CPU
    /// and maximum resident set size; a run past <paramref name="timeout"/> is killed and marked unfinished.
    /// </summary>
    public static Measurement Run(string tool, string @case, string fileName, IEnumerable<string> arguments, string outputPath, TimeSpan timeout, IDictionary<string, string>? environment = null)
    {
        var timeFile = Path.GetTempFileName();
        var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["-f", "%e %U %S %M", "-o", timeFile, fileName, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new Measurement(tool, @case, timeout.TotalSeconds, double.NaN, 0, 0, false, -1);
        }

        Task.WaitAll(stdout, stderr);
        var fields = File.ReadAllLines(timeFile).Last(l => l.Trim().Length > 0).Split(' ');
        File.Delete(timeFile);
        if (process.ExitCode != 0)
        {
            Console.Error.WriteLine($"{tool} exited {process.ExitCode}: {stderr.Result.Trim()}");
        }

        double Field(int i) => double.Parse(fields[i], CultureInfo.InvariantCulture);
        return new Measurement(
            tool, @case, Field(0), Field(1) + Field(2), (long)Field(3),
            File.Exists(outputPath) ? new FileInfo(outputPath).Length : 0, true, process.ExitCode);
    }
}
