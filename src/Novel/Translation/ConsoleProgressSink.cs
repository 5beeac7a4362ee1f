using System.Globalization;

namespace Novel.Translation;

/// <summary>
/// Writes progress to a console: on a terminal one line rewritten in place (counts and time left); when the output is
/// redirected, a plain line at most every few seconds and at the end, so logs stay readable.
/// </summary>
public sealed class ConsoleProgressSink(TextWriter output, bool interactive) : IProgressSink
{
    private readonly object gate = new();
    private DateTime lastWrite = DateTime.MinValue;
    private int lastLength;

    /// <summary>A sink on standard error, interactive when standard error is a terminal.</summary>
    public static ConsoleProgressSink ForConsole() => new(Console.Error, !Console.IsErrorRedirected);

    /// <inheritdoc />
    public void Report(TranslationProgress progress)
    {
        lock (gate)
        {
            var now = DateTime.UtcNow;
            var interval = interactive ? TimeSpan.FromMilliseconds(200) : TimeSpan.FromSeconds(5);
            if (!progress.IsFinal && now - lastWrite < interval)
            {
                return;
            }

            lastWrite = now;
            var line = Format(progress);
            if (interactive)
            {
                output.Write("\r" + line.PadRight(lastLength));
                lastLength = line.Length;
                if (progress.IsFinal)
                {
                    output.WriteLine();
                    lastLength = 0;
                }
            }
            else
            {
                output.WriteLine(line);
            }

            output.Flush();
        }
    }

    /// <inheritdoc />
    public void Warn(string message)
    {
        lock (gate)
        {
            if (interactive && lastLength > 0)
            {
                output.WriteLine();
                lastLength = 0;
            }

            output.WriteLine("warning: " + message);
        }
    }

    /// <summary>The progress as one line, for example <c>translated 120/900 (3 failed), 40 from memory, 14 requests, 2:10 left</c>.</summary>
    public static string Format(TranslationProgress progress)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"translated {progress.Translated}/{progress.Total}");
        if (progress.Failed > 0)
        {
            text += string.Create(CultureInfo.InvariantCulture, $" ({progress.Failed} failed)");
        }

        text += string.Create(CultureInfo.InvariantCulture, $", {progress.FromMemory} from memory, {progress.Requests} requests");
        if (progress.IsFinal)
        {
            return text + ", took " + Duration(progress.Elapsed);
        }

        return progress.Remaining is { } left ? text + ", " + Duration(left) + " left" : text;
    }

    private static string Duration(TimeSpan span) =>
        span.TotalHours >= 1 ? span.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : span.ToString(@"m\:ss", CultureInfo.InvariantCulture);
}
