using CommandLine;

namespace Novel.Cli.Commands;

/// <summary>Options of <c>novel preview</c>.</summary>
[Verb("preview", HelpText = "Build the book and read it in your browser, in the foliate-js reading engine served on 127.0.0.1; Ctrl+C stops.")]
internal sealed class PreviewOptions
{
    [Value(0, MetaName = "BOOK_DIR", Default = ".", HelpText = "The book folder to build and show.")]
    public string BookDirectory { get; init; } = ".";

    [Option("epub", HelpText = "Show this EPUB instead of building BOOK_DIR.")]
    public string? Epub { get; init; }

    [Option("engine", HelpText = "The foliate-js folder (npm install foliate-js@1.0.1; default: NOVEL_READER_ENGINE or tests/render/node_modules/foliate-js in a clone).")]
    public string? Engine { get; init; }

    [Option("port", Default = 0, HelpText = "The port to listen on (default: a free one).")]
    public int Port { get; init; }

    [Option("no-browser", HelpText = "Print the address but do not open a browser.")]
    public bool NoBrowser { get; init; }
}
