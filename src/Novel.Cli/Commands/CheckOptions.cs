using CommandLine;

namespace Novel.Cli.Commands;

/// <summary>Options of <c>novel check</c>.</summary>
[Verb("check", HelpText = "Read an EPUB back and print its title, languages, spine and table of contents.")]
internal sealed class CheckOptions
{
    [Value(0, MetaName = "BOOK.epub", Required = true, HelpText = "The EPUB to read.")]
    public string File { get; init; } = "";
}
