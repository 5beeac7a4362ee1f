using Novel.Building;
using Novel.Cleaning;
using Novel.Config;
using Novel.Loading;

namespace Novel.Cli.Commands;

/// <summary>
/// <c>novel clean</c>: prints a chapter file cleaned of site boilerplate — the title line when one was found, then one
/// paragraph a line — and optionally writes a report of every line removed, cut or joined, with its rule.
/// A whole-book text, or a book folder, prints every chapter, each opened by its title line; a folder's chapter files
/// are mended as a build mends them (pages joined, copies kept once, chapters in order).
/// </summary>
internal static class CleanCommand
{
    public static int Run(CleanOptions options, TextWriter stdout, TextWriter stderr)
    {
        var isFolder = Directory.Exists(options.File);
        if (!isFolder && !File.Exists(options.File))
        {
            throw new NovelInputException(options.File, "no such file or folder");
        }

        var bookDirectory = options.Book ?? (isFolder ? options.File : Path.GetDirectoryName(Path.GetFullPath(options.File))!);
        var config = BookConfigLoader.LoadFromFolder(bookDirectory);
        var cleaner = BookAssembler.CreateCleaner(config, bookDirectory, AuthorNotesOption.Parse(options.AuthorNotes));

        var files = isFolder ? ChapterLoader.FindChapterFiles(options.File) : [options.File];
        if (files.Count == 0)
        {
            throw new NovelInputException(options.File, "no chapter files (.txt, .html or .htm) in the folder");
        }

        var loadEvents = new List<CleaningEvent>();
        var chapters = BookAssembler.LoadChapters(files, loadEvents);
        var cleaned = cleaner.CleanBook(chapters);
        BuildCommand.WarnAboutMends(ChapterMends.From(loadEvents), stderr);
        foreach (var chapter in cleaned)
        {
            if (chapter.Title is { } title)
            {
                stdout.WriteLine(title);
            }

            foreach (var paragraph in chapter.Paragraphs)
            {
                stdout.WriteLine(paragraph.Text);
            }
        }

        if (options.Report is { } report)
        {
            new CleaningReport(cleaned, loadEvents).Write(report);
        }

        return ExitCodes.Success;
    }
}
