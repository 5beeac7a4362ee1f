using System.Diagnostics;
using Novel.Preview;

namespace Novel.Cli.Commands;

/// <summary>
/// <c>novel preview</c>: builds the book (through <see cref="BuildBook"/>), serves it with the foliate-js reading
/// engine on 127.0.0.1, prints the address, opens a browser when there is a display, and serves until Ctrl+C.
/// </summary>
internal static class PreviewCommand
{
    /// <summary>Builds a book folder into a temporary EPUB and returns its path.</summary>
    public static string BuildBook(string bookDirectory)
    {
        var name = new DirectoryInfo(Path.GetFullPath(bookDirectory)).Name;
        var output = Path.Combine(Path.GetTempPath(), "novel-preview", name + ".epub");
        Novel.Building.BookBuilder.Build(new Novel.Building.BuildRequest
        {
            BookDirectory = bookDirectory,
            OutputPath = output,
            SourceDateEpoch = Environment.GetEnvironmentVariable(Novel.Building.BuildClock.SourceDateEpochVariable),
        });
        return output;
    }

    public static int Run(PreviewOptions o, TextWriter stdout, TextWriter stderr)
    {
        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler onCtrlC = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCtrlC;
        try
        {
            return Run(o, stdout, stderr, BuildBook, stop.Token);
        }
        finally
        {
            Console.CancelKeyPress -= onCtrlC;
        }
    }

    /// <summary>Runs the preview until <paramref name="stop"/> is cancelled; <paramref name="build"/> turns BOOK_DIR into an EPUB.</summary>
    public static int Run(PreviewOptions o, TextWriter stdout, TextWriter stderr, Func<string, string> build, CancellationToken stop)
    {
        var engine = ReaderEngine.Find(o.Engine);
        if (engine is null)
        {
            var where = o.Engine is not null ? $"{o.Engine} holds no view.js; " : "";
            throw new UsageException("preview: " + where + ReaderEngine.InstallHint);
        }

        var epub = o.Epub ?? build(o.BookDirectory);
        if (!File.Exists(epub))
        {
            throw new NovelInputException(epub, "no such EPUB");
        }

        using var server = PreviewServer.Start(epub, engine, o.Port);
        stdout.WriteLine($"Reading {epub} at {server.Url}  (Ctrl+C stops)");
        stdout.Flush();
        if (!o.NoBrowser)
        {
            TryOpenBrowser(server.Url, stderr);
        }

        stop.WaitHandle.WaitOne();
        return ExitCodes.Success;
    }

    private static void TryOpenBrowser(Uri url, TextWriter stderr)
    {
        var hasDisplay = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DISPLAY"))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WAYLAND_DISPLAY"));
        if (!OperatingSystem.IsLinux() || !hasDisplay)
        {
            return;
        }

        try
        {
            using var opener = Process.Start(new ProcessStartInfo("xdg-open", url.ToString()) { UseShellExecute = false });
        }
        catch (System.ComponentModel.Win32Exception)
        {
            stderr.WriteLine("novel: xdg-open is not available; open the address above in a browser");
        }
    }
}
