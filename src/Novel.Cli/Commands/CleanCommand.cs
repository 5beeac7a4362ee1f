using System.Diagnostics;
using System.Globalization;
using System.Text;
using Novel.Building;
using Novel.Cleaning;
using Novel.Config;
using Novel.Loading;

namespace Novel.Cli.Commands;

/// <summary>
/// <c>novel clean</c>: prints a chapter file cleaned of site boilerplate — the title line when one was found, then one
/// paragraph a line — and optionally writes a report of every line removed, cut or joined, with its rule.
/// A whole-book text, or a book folder, prints every chapter, each opened by its title line; a folder's chapter files
/// are mended as a build mends them (pages joined, copies kept once, chapters in order). With <c>NOVEL_TIMINGS=1</c>
/// each stage's wall time and the process's CPU time so far go to standard error.
/// </summary>
internal static class CleanCommand
{
    /// <summary>How many characters of output are gathered before they are written: one write, not one a line.</summary>
    private const int OutputChunk = 1 << 16;

    private static readonly bool Timings = Environment.GetEnvironmentVariable("NOVEL_TIMINGS") == "1";

    public static int Run(CleanOptions options, TextWriter stdout, TextWriter stderr)
    {
        var isFolder = Directory.Exists(options.File);
        if (!isFolder && !File.Exists(options.File))
        {
            throw new NovelInputException(options.File, "no such file or folder");
        }

        // Loading the chapters does not need the rules: do it on another core while they are built. A bad book.yml is
        // still reported before any problem with the chapters.
        var bookDirectory = options.Book ?? (isFolder ? options.File : Path.GetDirectoryName(Path.GetFullPath(options.File))!);
        var loadEvents = new List<CleaningEvent>();
        var loading = Task.Run(() => Timed(stderr, "load", () => Load(options.File, isFolder, loadEvents)));
        var cleaner = Timed(stderr, "rules", () =>
            BookAssembler.CreateCleaner(BookConfigLoader.LoadFromFolder(bookDirectory), bookDirectory, AuthorNotesOption.Parse(options.AuthorNotes)));

        var chapters = loading.GetAwaiter().GetResult();
        var cleaned = Timed(stderr, "clean", () => cleaner.CleanBook(chapters));
        BuildCommand.WarnAboutMends(ChapterMends.From(loadEvents), stderr);

        // The report and the text are independent: write them on two cores at once.
        var reporting = options.Report is { } report
            ? Task.Run(() => Timed(stderr, "report", () => new CleaningReport(cleaned, loadEvents).Write(report)))
            : Task.CompletedTask;
        Timed(stderr, "print", () => Print(cleaned, stdout));
        reporting.GetAwaiter().GetResult();
        return ExitCodes.Success;
    }

    private static IReadOnlyList<LoadedChapter> Load(string file, bool isFolder, List<CleaningEvent> loadEvents)
    {
        var files = isFolder ? ChapterLoader.FindChapterFiles(file) : [file];
        if (files.Count == 0)
        {
            throw new NovelInputException(file, "no chapter files (.txt, .html or .htm) in the folder");
        }

        return BookAssembler.LoadChapters(files, loadEvents);
    }

    private static void Print(IReadOnlyList<CleanedChapter> cleaned, TextWriter stdout)
    {
        var text = new StringBuilder(OutputChunk + 1024);
        foreach (var chapter in cleaned)
        {
            if (chapter.Title is { } title)
            {
                text.Append(title).Append(stdout.NewLine);
            }

            foreach (var paragraph in chapter.Paragraphs)
            {
                text.Append(paragraph.Text).Append(stdout.NewLine);
            }

            if (text.Length >= OutputChunk)
            {
                stdout.Write(text);
                text.Clear();
            }
        }

        stdout.Write(text);
        stdout.Flush();
    }

    private static void Timed(TextWriter stderr, string stage, Action work) => Timed(stderr, stage, () =>
    {
        work();
        return 0;
    });

    private static T Timed<T>(TextWriter stderr, string stage, Func<T> work)
    {
        if (!Timings)
        {
            return work();
        }

        var started = Stopwatch.GetTimestamp();
        var result = work();
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[timing] {stage,-24} {elapsed,8:F0} ms   (process cpu {cpu:F0} ms)"));
        return result;
    }
}
