using Novel.Epub.Reading;

namespace Novel.Cli.Commands;

/// <summary><c>novel check</c>: reads an EPUB back and prints what a reading system would find in it.</summary>
internal static class CheckCommand
{
    public static int Run(CheckOptions options, TextWriter stdout, TextWriter stderr)
    {
        if (!File.Exists(options.File))
        {
            throw new NovelInputException(options.File, "no such file");
        }

        var book = EpubReader.Read(options.File);
        stdout.WriteLine($"file:        {options.File}");
        stdout.WriteLine($"version:     EPUB {book.Version}");
        foreach (var title in book.Titles)
        {
            stdout.WriteLine($"title:       {title.Text}{(title.Language is null ? "" : $" [{title.Language}]")}");
        }

        foreach (var creator in book.Creators)
        {
            stdout.WriteLine($"creator:     {creator.Name}{(creator.Role is null ? "" : $" ({creator.Role})")}");
        }

        stdout.WriteLine($"languages:   {string.Join(", ", book.Languages)}");
        stdout.WriteLine($"identifier:  {book.Identifier}");
        stdout.WriteLine($"modified:    {book.Modified}");
        stdout.WriteLine($"spine:       {book.Spine.Count} documents");
        foreach (var item in book.Spine)
        {
            stdout.WriteLine($"  {item.Path} ({item.Blocks.Count} blocks)");
        }

        stdout.WriteLine("toc:");
        PrintToc(book.Toc, 1, stdout);
        return ExitCodes.Success;
    }

    private static void PrintToc(IReadOnlyList<EpubTocEntry> entries, int depth, TextWriter stdout)
    {
        foreach (var entry in entries)
        {
            stdout.WriteLine($"{new string(' ', depth * 2)}{entry.Label}");
            PrintToc(entry.Children, depth + 1, stdout);
        }
    }
}
