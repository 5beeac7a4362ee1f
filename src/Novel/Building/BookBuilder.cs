using System.Globalization;
using Novel.Cleaning;
using Novel.Epub;

namespace Novel.Building;

/// <summary>
/// The whole build: assemble the book folder into the book model, check it when strict, write the EPUB (and a second
/// layout when asked; or a set of volumes) atomically, and write the report. The output paths only ever hold complete books.
/// </summary>
public static class BookBuilder
{
    /// <summary>Builds the book a request names and says what was done.</summary>
    public static BuildSummary Build(BuildRequest request)
    {
        AssembledBook assembled;
        using (StageTimer.Start("assemble"))
        {
            assembled = MemoryTranslations.Apply(BookAssembler.Assemble(request.BookDirectory, request.DropAuthorNotes), request.BookDirectory);
        }

        var misaligned = assembled.Chapters
            .Where(c => c.Misaligned)
            .Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.TranslationFile}: {c.Chapter.Title}: mean confidence {c.Pairing!.Confidence:F2}, {c.Pairing.LowConfidenceBeads.Count} low-confidence beads"))
            .ToList();
        if (request.Strict && misaligned.Count > 0)
        {
            if (request.ReportPath is { } failedReport)
            {
                BuildReport.Write(failedReport, assembled, []);
            }

            var first = assembled.Chapters.First(c => c.Misaligned);
            throw new NovelInputException(first.TranslationFile!, $"--strict: {misaligned.Count} chapter(s) misaligned:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", misaligned)}");
        }

        var options = new EpubWriterOptions
        {
            Modified = BuildClock.Resolve(assembled.InputFiles, request.SourceDateEpoch),
            Layout = request.Layout,
        };
        var outputs = new List<(string Path, long Bytes)>();
        if (request.SplitEvery is { } chaptersPerVolume)
        {
            List<(string, EpubWriterOptions)> targets = [(request.OutputPath, options)];
            if (request.AlsoLayout is { } alsoSplit && alsoSplit != request.Layout)
            {
                targets.Add((SiblingPath(request.OutputPath, alsoSplit), options with { Layout = alsoSplit }));
            }

            outputs.AddRange(VolumeSetWriter.Write(assembled.Book, chaptersPerVolume, targets));
        }
        else
        {
            Write(assembled, request.BookDirectory, request.OutputPath, options, outputs);
            if (request.AlsoLayout is { } also && also != request.Layout)
            {
                Write(assembled, request.BookDirectory, SiblingPath(request.OutputPath, also), options with { Layout = also }, outputs);
            }
        }

        if (request.ReportPath is { } reportPath)
        {
            BuildReport.Write(reportPath, assembled, outputs.Select(o => o.Path).ToList());
        }

        return new BuildSummary(
            assembled.Book.Chapters.Count,
            assembled.Paragraphs,
            assembled.UntranslatedParagraphs,
            assembled.RemovedLines,
            assembled.CleaningEvents.Count(e => e.Action == CleaningAction.Cut),
            misaligned,
            outputs)
        {
            Mends = ChapterMends.From(assembled.LoadEvents),
        };
    }

    /// <summary>The path of a second layout's book: <c>novel.epub</c> → <c>novel.translation.epub</c>.</summary>
    public static string SiblingPath(string outputPath, EpubLayout layout)
    {
        var suffix = layout switch
        {
            EpubLayout.Translation => "translation",
            EpubLayout.Original => "original",
            EpubLayout.BilingualTranslationFirst => "translation-first",
            _ => "bilingual",
        };
        var directory = Path.GetDirectoryName(outputPath) ?? string.Empty;
        return Path.Combine(directory, $"{Path.GetFileNameWithoutExtension(outputPath)}.{suffix}{Path.GetExtension(outputPath)}");
    }

    private static void Write(AssembledBook assembled, string bookDirectory, string path, EpubWriterOptions options, List<(string, long)> outputs)
    {
        using var timer = StageTimer.Start("write " + Path.GetFileName(path));
        using var pages = BuildCache.Enabled ? ChapterPageCache.Open(BuildCache.PagesPath(bookDirectory, options.Layout)) : null;
        AtomicFileWriter.Write(path, stream => new EpubWriter().Write(assembled.Book, stream, options with { PageCache = pages }));
        pages?.Save();
        outputs.Add((path, new FileInfo(path).Length));
    }
}
