using CommandLine;

namespace Novel.Cli.Commands;

/// <summary>Options of <c>novel build</c>.</summary>
[Verb("build", HelpText = "Build a bilingual EPUB from a book folder: load, clean, pair, write.")]
internal sealed class BuildOptions
{
    [Value(0, MetaName = "BOOK_DIR", Default = ".", HelpText = "The book folder (chapter files, translations, book.yml).")]
    public string BookDirectory { get; init; } = ".";

    [Option('o', "output", HelpText = "The EPUB to write (default: out/<folder name>.epub).")]
    public string? Output { get; init; }

    [Option("report", HelpText = "Write a JSON report of every removed, cut, joined or split line and every low-confidence pairing.")]
    public string? Report { get; init; }

    [Option("strict", HelpText = "Fail (exit 1) when a chapter's translation is misaligned or pairs with low confidence.")]
    public bool Strict { get; init; }

    [Option("layout", Default = "bilingual", HelpText = "bilingual, bilingual-translation-first, original or translation.")]
    public string Layout { get; init; } = "bilingual";

    [Option("also", HelpText = "Also write another layout next to the book from the same run: 'translation' or 'original'.")]
    public string? Also { get; init; }

    [Option("split-every", MetaValue = "N", HelpText = "Write a set of volumes of at most N chapters each (-o out/novel.epub writes out/novel-1.epub, out/novel-2.epub, …), with the volume number in titles and series metadata.")]
    public int? SplitEvery { get; init; }

    [Option("author-notes", HelpText = "keep (default: set apart) or drop authors' notes such as PS：… and 求月票.")]
    public string? AuthorNotes { get; init; }

    [Option("translate", HelpText = "Translate paragraphs that have no translation with the configured machine translator first.")]
    public bool Translate { get; init; }
}
