using Novel.Building;
using Novel.Cleaning;
using Novel.Config;
using Novel.Loading;

namespace Novel.Cli.Commands;

/// <summary>
/// <c>novel clean</c>: prints a chapter file cleaned of site boilerplate — the title line when one was found, then one
/// paragraph a line — and optionally writes a report of every line removed, cut or joined, with its rule.
/// A whole-book text prints every chapter, each opened by its title line.
/// </summary>
internal static class CleanCommand
{
    public static int Run(CleanOptions options, TextWriter stdout, TextWriter stderr)
    {
        if (!File.Exists(options.File))
        {
            throw new NovelInputException(options.File, "no such file");
        }

        var bookDirectory = options.Book ?? Path.GetDirectoryName(Path.GetFullPath(options.File))!;
        var config = BookConfigLoader.LoadFromFolder(bookDirectory);
        var cleaner = BookAssembler.CreateCleaner(config, bookDirectory, AuthorNotesOption.Parse(options.AuthorNotes));

        var loaded = ChapterLoader.LoadFile(options.File);
        var cleaned = cleaner.CleanBook(loaded.Chapters);
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
            new CleaningReport(cleaned, loaded.Events).Write(report);
        }

        return ExitCodes.Success;
    }
}
