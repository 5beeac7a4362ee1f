using System.Globalization;
using CommandLine;
using Novel.Model;
using Novel.Translation;

namespace Novel.Cli.Commands;

/// <summary>The options of <c>novel translate BOOK_DIR</c>.</summary>
[Verb("translate", HelpText = "Translate the book's untranslated paragraphs with an OpenAI-compatible endpoint (OpenAI, Ollama, llama.cpp, vLLM). Translations are kept in BOOK_DIR/.novel/translation-memory.jsonl; a rerun sends only what is missing.")]
internal sealed record TranslateOptions
{
    /// <summary>The book folder.</summary>
    [Value(0, MetaName = "BOOK_DIR", Required = true, HelpText = "The book folder.")]
    public string BookDirectory { get; init; } = "";

    /// <summary>The endpoint's base URL.</summary>
    [Option("base-url", HelpText = "The endpoint's base URL, e.g. http://localhost:11434/v1 (Ollama) or http://localhost:8080/v1 (llama.cpp).")]
    public string? BaseUrl { get; init; }

    /// <summary>The model name.</summary>
    [Option("model", HelpText = "The model name the endpoint knows.")]
    public string? Model { get; init; }

    /// <summary>The API key (discouraged: prefer the environment variable).</summary>
    [Option("api-key", HelpText = "The API key. Discouraged (shell history, process list): set NOVEL_API_KEY instead.")]
    public string? ApiKey { get; init; }

    /// <summary>How many requests may be in flight.</summary>
    [Option("concurrency", Default = 4, HelpText = "How many requests may be in flight at once.")]
    public int Concurrency { get; init; } = 4;

    /// <summary>The source-character budget of one batch.</summary>
    [Option("batch-chars", Default = 3000, HelpText = "The most Chinese characters sent in one request.")]
    public int BatchCharacters { get; init; } = 3000;

    /// <summary>The per-request timeout in seconds.</summary>
    [Option("timeout", Default = 180, HelpText = "Seconds one request may take before it is retried.")]
    public int TimeoutSeconds { get; init; } = 180;

    /// <summary>A glossary file of <c>term: English</c> lines.</summary>
    [Option("glossary", HelpText = "A glossary file of 'Chinese term: English' lines (default: BOOK_DIR/glossary.txt when present).")]
    public string? Glossary { get; init; }

    /// <summary>Whether to only say what would be sent.</summary>
    [Option("dry-run", HelpText = "Say how many paragraphs, requests and characters would be sent, and send nothing.")]
    public bool DryRun { get; init; }
}

/// <summary>
/// Runs <c>novel translate</c>: loads the book with the delegate the program supplies, translates what the memory lacks,
/// prints a summary. Exit codes: 0 all translated, 1 bad options or input, 3 some paragraphs failed (run again to retry
/// them), 4 the endpoint stopped the run (bad key, unknown URL or model, server down), 130 cancelled.
/// </summary>
/// <param name="loadBook">Loads and cleans the book folder (the lead's loader and cleaners).</param>
/// <param name="output">Where the summary goes.</param>
/// <param name="error">Where errors and warnings go.</param>
/// <param name="environment">Reads an environment variable (the API key comes from <c>NOVEL_API_KEY</c>).</param>
/// <param name="progress">Where progress goes; by default a console line on standard error.</param>
internal sealed class TranslateCommand(
    Func<string, Book> loadBook,
    TextWriter output,
    TextWriter error,
    Func<string, string?>? environment = null,
    IProgressSink? progress = null)
{
    /// <summary>Exit code when some paragraphs could not be translated.</summary>
    public const int ExitIncomplete = 3;

    /// <summary>Exit code when the endpoint stopped the run.</summary>
    public const int ExitAborted = 4;

    /// <summary>Exit code when the run was cancelled.</summary>
    public const int ExitCancelled = 130;

    /// <summary>Runs the verb.</summary>
    public async Task<int> RunAsync(TranslateOptions options, CancellationToken cancellationToken)
    {
        TranslatorOptions translatorOptions;
        Book book;
        try
        {
            translatorOptions = Resolve(options);
            book = loadBook(options.BookDirectory);
        }
        catch (Exception exception) when (exception is ArgumentException or NovelInputException)
        {
            await error.WriteLineAsync("error: " + exception.Message).ConfigureAwait(false);
            return 1;
        }

        using var memory = TranslationMemory.Open(TranslationMemory.DefaultPath(options.BookDirectory));
        if (options.DryRun)
        {
            var plan = BookTranslator.Plan(book, memory, translatorOptions);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{plan.Untranslated} paragraphs untranslated: {plan.FromMemory} in memory, {plan.Copied} without Chinese; would send {plan.ToSend} in {plan.Requests} requests ({plan.SourceCharacters} characters of text, {plan.RequestCharacters} characters of requests)")).ConfigureAwait(false);
            return 0;
        }

        try
        {
            var result = await BookTranslator.TranslateAsync(book, translatorOptions, memory, progress ?? ConsoleProgressSink.ForConsole(), cancellationToken)
                .ConfigureAwait(false);
            var report = result.Report;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{report.Translated} translated, {report.FromMemory} from memory, {report.Copied} copied, {report.Remaining} left; {report.RequestsSent} requests ({report.RejectedReplies} replies rejected); {report.GlossaryMisses.Count} glossary warnings")).ConfigureAwait(false);
            foreach (var failure in report.Failures)
            {
                await error.WriteLineAsync("failed: " + failure).ConfigureAwait(false);
            }

            return report.Remaining > 0 ? ExitIncomplete : 0;
        }
        catch (TranslationAbortedException exception)
        {
            await error.WriteLineAsync("error: " + exception.Message).ConfigureAwait(false);
            return ExitAborted;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("cancelled; what was translated is kept, run again to go on").ConfigureAwait(false);
            return ExitCancelled;
        }
    }

    private TranslatorOptions Resolve(TranslateOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.BaseUrl) || !Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var baseUrl))
        {
            throw new ArgumentException("--base-url is needed: an absolute URL such as http://localhost:11434/v1");
        }

        if (string.IsNullOrWhiteSpace(options.Model))
        {
            throw new ArgumentException("--model is needed");
        }

        if (options.ApiKey is not null)
        {
            error.WriteLine($"warning: --api-key can be seen in the shell history and the process list; prefer {TranslatorOptions.ApiKeyEnvironmentVariable}");
        }

        var key = options.ApiKey ?? (environment ?? Environment.GetEnvironmentVariable)(TranslatorOptions.ApiKeyEnvironmentVariable);
        var translatorOptions = new TranslatorOptions
        {
            BaseUrl = baseUrl,
            Model = options.Model,
            ApiKey = string.IsNullOrWhiteSpace(key) ? null : key.Trim(),
            Concurrency = options.Concurrency,
            BatchCharacters = options.BatchCharacters,
            RequestTimeout = TimeSpan.FromSeconds(options.TimeoutSeconds),
            Glossary = LoadGlossary(options),
        };
        translatorOptions.Validate();
        return translatorOptions;
    }

    private static Glossary LoadGlossary(TranslateOptions options)
    {
        var path = options.Glossary ?? Path.Combine(options.BookDirectory, "glossary.txt");
        if (options.Glossary is null && !File.Exists(path))
        {
            return Glossary.Empty;
        }

        if (!File.Exists(path))
        {
            throw new NovelInputException(path, "the glossary file does not exist");
        }

        return Glossary.Parse(File.ReadAllText(path), path);
    }
}
