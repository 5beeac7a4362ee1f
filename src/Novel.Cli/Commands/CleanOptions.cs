using CommandLine;

namespace Novel.Cli.Commands;

/// <summary>Options of <c>novel clean</c>.</summary>
[Verb("clean", HelpText = "Print a chapter file, whole-book text or book folder cleaned of site boilerplate: each title line, then one paragraph a line.")]
internal sealed class CleanOptions
{
    [Value(0, MetaName = "FILE", Required = true, HelpText = "A chapter file (.txt or .html), a whole-book .txt, or a book folder.")]
    public string File { get; init; } = "";

    [Option("report", HelpText = "Write a JSON report of every line removed, cut or joined, with its rule.")]
    public string? Report { get; init; }

    [Option("author-notes", HelpText = "keep (default) or drop authors' notes.")]
    public string? AuthorNotes { get; init; }

    [Option("book", HelpText = "A book folder whose book.yml cleaning rules apply (default: the file's folder, or the folder itself).")]
    public string? Book { get; init; }
}
