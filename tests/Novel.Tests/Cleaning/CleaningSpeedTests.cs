using System.Diagnostics;
using Novel.Cleaning;

namespace Novel.Tests.Cleaning;

[CollectionDefinition(nameof(CleaningSpeedTests), DisableParallelization = true)]
public sealed class CleaningSpeedCollection;

/// <summary>
/// Speed on a 30 MB book (the labelled cases repeated, so a quarter of its lines are junk: harder than a real book).
/// Measured in processor time, alone, because the test machine is shared; the bound is loose enough for a loaded
/// machine (a Debug build measured 3.5-7 s of processor time at load 25-35 on 2 cores) and tight enough to catch a
/// rule that backtracks or a pass that turns quadratic.
/// </summary>
[Collection(nameof(CleaningSpeedTests))]
public sealed class CleaningSpeedTests
{
    [Fact]
    public void CleanBook_CleansAThirtyMegabyteBook_InAFewProcessorSeconds()
    {
        var one = CleanBookTests.LabelledBook(copies: 1);
        var bytesPerCopy = one.Sum(c => c.Lines.Sum(l => System.Text.Encoding.UTF8.GetByteCount(l.Text) + 1));
        var copies = (int)Math.Ceiling(30_000_000.0 / bytesPerCopy);
        var book = CleanBookTests.LabelledBook(copies);
        var cleaner = new BoilerplateCleaner();
        for (var warmUp = 0; warmUp < 3; warmUp++)
        {
            cleaner.CleanBook(CleanBookTests.LabelledBook(copies: 20)); // let the JIT reach steady state first
        }

        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var cleaned = cleaner.CleanBook(book);
        watch.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;

        Assert.Equal(book.Count, cleaned.Count);
        var message = $"{copies * bytesPerCopy / 1e6:F1} MB, {book.Sum(c => c.Lines.Count)} lines: {cpu.TotalSeconds:F2} s processor, {watch.Elapsed.TotalSeconds:F2} s wall";
        TestContext.Current.SendDiagnosticMessage(message);
        Assert.True(cpu < TimeSpan.FromSeconds(30), message);
    }
}
