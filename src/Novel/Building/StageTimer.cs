using System.Diagnostics;
using System.Globalization;

namespace Novel.Building;

/// <summary>
/// An opt-in stopwatch for the build's stages: when the environment variable <c>NOVEL_TIMINGS</c> is <c>1</c>, each
/// stage's wall time and the process's CPU time so far are printed to standard error. Off, it costs nothing.
/// </summary>
internal static class StageTimer
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("NOVEL_TIMINGS") == "1";

    /// <summary>Starts timing <paramref name="stage"/>; disposing the result prints it.</summary>
    public static Scope Start(string stage) => new(Enabled ? stage : null, Enabled ? Stopwatch.GetTimestamp() : 0);

    /// <summary>One stage being timed.</summary>
    internal readonly struct Scope(string? stage, long started) : IDisposable
    {
        public void Dispose()
        {
            if (stage is null)
            {
                return;
            }

            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var cpu = Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[timing] {stage,-24} {elapsed,8:F0} ms   (process cpu {cpu:F0} ms)"));
        }
    }
}
