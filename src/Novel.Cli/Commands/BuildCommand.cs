using System.Globalization;
using Novel.Building;
using Novel.Epub;

namespace Novel.Cli.Commands;

/// <summary><c>novel build</c>: builds the book and prints a short summary.</summary>
internal static class BuildCommand
{
    /// <summary>The largest file Send to Kindle accepts.</summary>
    private const long SendToKindleLimit = 50L * 1024 * 1024;

    public static int Run(BuildOptions options, TextWriter stdout, TextWriter stderr)
    {
        if (options.SplitEvery is <= 0)
        {
            throw new UsageException($"--split-every must be a positive number of chapters, not {options.SplitEvery}");
        }

        var output = options.Output ?? Path.Combine("out", new DirectoryInfo(Path.GetFullPath(options.BookDirectory)).Name + ".epub");
        var request = new BuildRequest
        {
            BookDirectory = options.BookDirectory,
            OutputPath = output,
            Layout = ParseLayout(options.Layout, "--layout"),
            AlsoLayout = options.Also is null ? null : ParseLayout(options.Also, "--also"),
            Strict = options.Strict,
            SplitEvery = options.SplitEvery,
            ReportPath = options.Report,
            DropAuthorNotes = AuthorNotesOption.Parse(options.AuthorNotes),
            SourceDateEpoch = Environment.GetEnvironmentVariable(BuildClock.SourceDateEpochVariable),
        };
        if (options.Translate)
        {
            var translated = CliApplication.Translate(new TranslateOptions { BookDirectory = options.BookDirectory }, stdout, stderr);
            if (translated == TranslateCommand.ExitIncomplete)
            {
                stderr.WriteLine("novel: some paragraphs could not be translated; building with what there is (run again to retry them)");
            }
            else if (translated != ExitCodes.Success)
            {
                return translated;
            }
        }

        var summary = BookBuilder.Build(request);
        Print(summary, options.Report, stdout);
        foreach (var (path, bytes) in summary.Outputs.Where(o => o.Bytes > SendToKindleLimit))
        {
            var hint = options.SplitEvery is null ? " (--split-every N writes the book as volumes of N chapters)" : "";
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"novel: warning: {path} is {bytes / 1048576.0:F1} MB, over Send to Kindle's 50 MB limit{hint}"));
        }

        if (options.SplitEvery is not null)
        {
            var sets = request.AlsoLayout is { } also ? [output, BookBuilder.SiblingPath(output, also)] : new[] { output };
            foreach (var leftover in sets.SelectMany(set => VolumeSplitter.Leftovers(set, summary.Outputs.Select(o => o.Path))))
            {
                stderr.WriteLine($"novel: warning: {leftover} is left from an earlier set of volumes; this set does not include it");
            }
        }

        WarnAboutMends(summary.Mends, stderr);
        return ExitCodes.Success;
    }

    /// <summary>Copies kept once and chapters moved are the crawler's damage the user may want to fix at the source: say each.</summary>
    internal static void WarnAboutMends(ChapterMends mends, TextWriter stderr)
    {
        foreach (var duplicate in mends.Duplicates)
        {
            stderr.WriteLine($"novel: warning: {duplicate.Source}: {duplicate.Text} was saved twice: {duplicate.Detail}");
        }

        foreach (var moved in mends.Reordered)
        {
            stderr.WriteLine($"novel: warning: {moved.Source}: {moved.Text} was out of order: {moved.Detail}");
        }
    }

    internal static EpubLayout ParseLayout(string value, string option) => value.ToLowerInvariant() switch
    {
        "bilingual" => EpubLayout.Bilingual,
        "bilingual-translation-first" => EpubLayout.BilingualTranslationFirst,
        "original" => EpubLayout.Original,
        "translation" => EpubLayout.Translation,
        _ => throw new UsageException($"{option} must be bilingual, bilingual-translation-first, original or translation, not '{value}'"),
    };

    private static void Print(BuildSummary summary, string? report, TextWriter stdout)
    {
        var c = CultureInfo.InvariantCulture;
        stdout.WriteLine(string.Create(c, $"chapters:             {summary.Chapters}"));
        stdout.WriteLine(string.Create(c, $"paragraphs:           {summary.Paragraphs}"));
        stdout.WriteLine(string.Create(c, $"without translation:  {summary.Untranslated}"));
        stdout.WriteLine(string.Create(c, $"boilerplate removed:  {summary.RemovedLines} lines, {summary.CutWatermarks} cuts"));
        var mends = summary.Mends;
        if (mends.Splits > 0)
        {
            stdout.WriteLine(string.Create(c, $"chapters split:       {mends.Splits} (from whole-book text)"));
        }

        if (mends.PagesJoined > 0)
        {
            stdout.WriteLine(string.Create(c, $"pages joined:         {mends.PagesJoined}"));
        }

        if (mends.Duplicates.Count > 0)
        {
            stdout.WriteLine(string.Create(c, $"duplicates kept once: {mends.Duplicates.Count}"));
        }

        if (mends.Reordered.Count > 0)
        {
            stdout.WriteLine(string.Create(c, $"chapters reordered:   {mends.Reordered.Count}"));
        }

        stdout.WriteLine(string.Create(c, $"misaligned chapters:  {summary.MisalignedChapters.Count}"));
        foreach (var chapter in summary.MisalignedChapters)
        {
            stdout.WriteLine($"  {chapter}");
        }

        if (report is not null)
        {
            stdout.WriteLine($"report:               {report}");
        }

        foreach (var (path, bytes) in summary.Outputs)
        {
            stdout.WriteLine(string.Create(c, $"wrote:                {path} ({bytes:N0} bytes)"));
        }
    }
}
