using CommandLine;
using Novel.Building;
using Novel.Cli.Commands;

namespace Novel.Cli;

/// <summary>Parses the command line into one verb's options and runs it, mapping failures to exit codes.</summary>
internal static class CliApplication
{
    private static readonly Type[] Verbs =
    [
        typeof(BuildOptions), typeof(CleanOptions), typeof(CheckOptions), typeof(AlignOptions), typeof(TranslateOptions), typeof(PreviewOptions),
    ];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        using var parser = new Parser(settings =>
        {
            settings.HelpWriter = null;
            settings.CaseInsensitiveEnumValues = true;
            settings.AutoVersion = true;
        });
        var result = parser.ParseArguments(args, Verbs);
        return result.MapResult(
            (BuildOptions o) => Guard(() => BuildCommand.Run(o, stdout, stderr), stderr),
            (CleanOptions o) => Guard(() => CleanCommand.Run(o, stdout, stderr), stderr),
            (CheckOptions o) => Guard(() => CheckCommand.Run(o, stdout, stderr), stderr),
            (AlignOptions o) => Guard(() => AlignCommand.Run(o, stdout, stderr), stderr),
            (TranslateOptions o) => Guard(() => Translate(o, stdout, stderr), stderr),
            (PreviewOptions o) => Guard(() => PreviewCommand.Run(o, stdout, stderr), stderr),
            errors => ReportParseErrors(result, errors, stdout, stderr));
    }

    /// <summary>Runs <c>novel translate</c>: the book, its glossary and book.yml's translation settings fill in what the command line leaves out.</summary>
    internal static int Translate(TranslateOptions options, TextWriter stdout, TextWriter stderr)
    {
        var command = new TranslateCommand(
            directory =>
            {
                var assembled = BookAssembler.Assemble(directory);
                var settings = assembled.Config.Translator;
                return new TranslateCommandInput(
                    assembled.Book,
                    MemoryTranslations.Glossary(assembled.Config),
                    new TranslateOptions
                    {
                        BaseUrl = settings.BaseUrl,
                        Model = settings.Model,
                        ApiKey = settings.ApiKey,
                        Concurrency = settings.Concurrency,
                        BatchCharacters = settings.BatchChars,
                        TimeoutSeconds = settings.TimeoutSeconds,
                    });
            },
            stdout,
            stderr);
        return command.Run(options);
    }

    private static int Guard(Func<int> command, TextWriter stderr)
    {
        try
        {
            return command();
        }
        catch (NovelInputException e)
        {
            stderr.WriteLine($"novel: error: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"novel: {e.Message}");
            return ExitCodes.BadUsage;
        }
    }

    private static int ReportParseErrors(ParserResult<object> result, IEnumerable<Error> errors, TextWriter stdout, TextWriter stderr)
    {
        var list = errors.ToList();
        var help = CommandLine.Text.HelpText.AutoBuild(result, h =>
        {
            h.AddDashesToOption = true;
            h.AdditionalNewLineAfterOption = false;
            return CommandLine.Text.HelpText.DefaultParsingErrorsHandler(result, h);
        }, e => e, verbsIndex: true);
        help.Heading = "novel: turn scraped Chinese web-novel chapters into bilingual EPUB books";
        help.Copyright = string.Empty;
        if (list.All(e => e.Tag is ErrorType.HelpRequestedError or ErrorType.HelpVerbRequestedError or ErrorType.VersionRequestedError))
        {
            stdout.WriteLine(list.Any(e => e.Tag == ErrorType.VersionRequestedError)
                ? typeof(CliApplication).Assembly.GetName().Version?.ToString(3)
                : help.ToString());
            return ExitCodes.Success;
        }

        stderr.WriteLine(help.ToString());
        return ExitCodes.BadUsage;
    }
}
