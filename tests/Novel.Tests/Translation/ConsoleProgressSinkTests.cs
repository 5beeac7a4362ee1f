using Novel.Translation;

namespace Novel.Tests.Translation;

public sealed class ConsoleProgressSinkTests
{
    [Fact]
    public void Report_RewritesOneLineOnATerminal_AndEndsItWhenDone()
    {
        using var output = new StringWriter();
        var sink = new ConsoleProgressSink(output, interactive: true);

        sink.Report(new TranslationProgress(100, 25, 0, 10, 6, TimeSpan.FromSeconds(30), false));
        sink.Report(new TranslationProgress(100, 100, 0, 10, 24, TimeSpan.FromSeconds(120), true));

        var text = output.ToString();
        Assert.StartsWith("\rtranslated 25/100, 10 from memory, 6 requests, 1:30 left", text, StringComparison.Ordinal);
        Assert.Contains("\rtranslated 100/100, 10 from memory, 24 requests, took 2:00", text, StringComparison.Ordinal);
        Assert.EndsWith(Environment.NewLine, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_WritesPlainLines_WhenRedirected()
    {
        using var output = new StringWriter();
        var sink = new ConsoleProgressSink(output, interactive: false);

        sink.Report(new TranslationProgress(10, 0, 0, 0, 0, TimeSpan.Zero, false));
        sink.Report(new TranslationProgress(10, 5, 1, 0, 3, TimeSpan.FromSeconds(1), false));
        sink.Warn("something odd");
        sink.Report(new TranslationProgress(10, 9, 1, 0, 5, TimeSpan.FromSeconds(2), true));

        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.DoesNotContain('\r', output.ToString());
        Assert.Equal(["translated 0/10, 0 from memory, 0 requests", "warning: something odd", "translated 9/10 (1 failed), 0 from memory, 5 requests, took 0:02"], lines);
    }
}
