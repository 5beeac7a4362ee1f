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
    [Option("concurrency", HelpText = "How many requests may be in flight at once (default 4).")]
    public int? Concurrency { get; init; }

    /// <summary>The source-character budget of one batch.</summary>
    [Option("batch-chars", HelpText = "The most Chinese characters sent in one request (default 3000).")]
    public int? BatchCharacters { get; init; }

    /// <summary>The per-request timeout in seconds.</summary>
    [Option("timeout", HelpText = "Seconds one request may take before it is retried (default 180).")]
    public int? TimeoutSeconds { get; init; }

    /// <summary>A glossary file of <c>term: English</c> lines, added to the book's own glossary.</summary>
    [Option("glossary", HelpText = "A file of 'Chinese term: English' lines, added to (and overriding) book.yml's glossary.")]
    public string? Glossary { get; init; }

    /// <summary>Whether to only say what would be sent.</summary>
    [Option("dry-run", HelpText = "Say how many paragraphs, requests and characters would be sent, and send nothing.")]
    public bool DryRun { get; init; }

    /// <summary>Writes the options with the API key masked, so printing them is safe.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture, $"BookDirectory = {BookDirectory}, BaseUrl = {BaseUrl}, Model = {Model}, ApiKey = {(ApiKey is null ? "" : "***")}, ");
        builder.Append(CultureInfo.InvariantCulture, $"Concurrency = {Concurrency}, BatchCharacters = {BatchCharacters}, TimeoutSeconds = {TimeoutSeconds}, Glossary = {Glossary}, DryRun = {DryRun}");
        return true;
    }
}

/// <summary>What a book folder supplies to <c>novel translate</c>: the loaded, cleaned book, its glossary, and the
/// translator settings of its <c>book.yml</c> as defaults that command-line options override.</summary>
/// <param name="Book">The book, loaded and cleaned.</param>
/// <param name="Glossary">The book's glossary.</param>
/// <param name="Defaults">book.yml's translator settings (only the endpoint and tuning fields are read).</param>
internal sealed record TranslateCommandInput(Book Book, Glossary Glossary, TranslateOptions Defaults);

/// <summary>
/// Runs <c>novel translate</c>: loads the book with the delegate the program supplies, translates what the memory lacks,
/// prints a summary. Exit codes: 0 all translated, 1 bad input, 2 bad usage (no base URL or model), 3 some paragraphs
/// failed (run again to retry them), 4 the endpoint stopped the run (bad key, unknown URL or model, server down),
/// 130 cancelled.
/// </summary>
/// <param name="load">Loads the book folder (the program's loader, cleaners and book.yml reader).</param>
/// <param name="output">Where the summary goes.</param>
/// <param name="error">Where errors and warnings go.</param>
/// <param name="environment">Reads an environment variable (the API key comes from <c>NOVEL_API_KEY</c>).</param>
/// <param name="progress">Where progress goes; by default a console line on standard error.</param>
internal sealed class TranslateCommand(
    Func<string, TranslateCommandInput> load,
    TextWriter output,
    TextWriter error,
    Func<string, string?>? environment = null,
    IProgressSink? progress = null)
{
    /// <summary>
    /// Creates the command from a loader that gives only the book: no glossary and no book.yml defaults (prefer the
    /// <see cref="TranslateCommandInput"/> loader, which passes both).
    /// </summary>
    public TranslateCommand(Func<string, Book> loadBook, TextWriter output, TextWriter error, Func<string, string?>? environment = null, IProgressSink? progress = null)
        : this(directory => new TranslateCommandInput(loadBook(directory), Glossary.Empty, new TranslateOptions()), output, error, environment, progress)
    {
    }

    /// <summary>Exit code for bad usage (no base URL or model anywhere).</summary>
    public const int ExitBadUsage = 2;

    /// <summary>Exit code when some paragraphs could not be translated.</summary>
    public const int ExitIncomplete = 3;

    /// <summary>Exit code when the endpoint stopped the run.</summary>
    public const int ExitAborted = 4;

    /// <summary>Exit code when the run was cancelled.</summary>
    public const int ExitCancelled = 130;

    /// <summary>Runs the verb until done or until Ctrl+C, which stops it keeping everything already translated.</summary>
    public int Run(TranslateOptions options)
    {
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            return RunAsync(options, cancel.Token).GetAwaiter().GetResult();
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    /// <summary>Runs the verb.</summary>
    public async Task<int> RunAsync(TranslateOptions options, CancellationToken cancellationToken)
    {
        TranslatorOptions translatorOptions;
        Book book;
        try
        {
            var input = load(options.BookDirectory);
            book = input.Book;
            translatorOptions = Resolve(options, input);
        }
        catch (NovelInputException exception)
        {
            await error.WriteLineAsync("error: " + exception.Message).ConfigureAwait(false);
            return 1;
        }
        catch (ArgumentException exception)
        {
            await error.WriteLineAsync("error: " + exception.Message).ConfigureAwait(false);
            return ExitBadUsage;
        }

        using var memory = TranslationMemory.Open(TranslationMemory.DefaultPath(options.BookDirectory));
        if (options.DryRun)
        {
            foreach (var warning in memory.Warnings)
            {
                await error.WriteLineAsync("warning: " + warning).ConfigureAwait(false);
            }

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

    private TranslatorOptions Resolve(TranslateOptions options, TranslateCommandInput input)
    {
        var defaults = input.Defaults;
        var baseUrlText = options.BaseUrl ?? defaults.BaseUrl;
        if (string.IsNullOrWhiteSpace(baseUrlText) || !Uri.TryCreate(baseUrlText, UriKind.Absolute, out var baseUrl))
        {
            throw new ArgumentException("--base-url (or translation.base-url in book.yml) is needed: an absolute URL such as http://localhost:11434/v1");
        }

        var model = options.Model ?? defaults.Model;
        if (string.IsNullOrWhiteSpace(model))
        {
            throw new ArgumentException("--model (or translation.model in book.yml) is needed");
        }

        if (options.ApiKey is not null || defaults.ApiKey is not null)
        {
            error.WriteLine($"warning: a key on the command line or in book.yml can leak (shell history, process list, shared folders); prefer {TranslatorOptions.ApiKeyEnvironmentVariable}");
        }

        var key = options.ApiKey ?? (environment ?? Environment.GetEnvironmentVariable)(TranslatorOptions.ApiKeyEnvironmentVariable) ?? defaults.ApiKey;
        var glossary = options.Glossary is null ? input.Glossary : new Glossary(input.Glossary.Entries.Concat(ReadGlossary(options.Glossary).Entries));
        var translatorOptions = new TranslatorOptions
        {
            BaseUrl = baseUrl,
            Model = model,
            ApiKey = string.IsNullOrWhiteSpace(key) ? null : key.Trim(),
            Concurrency = options.Concurrency ?? defaults.Concurrency ?? 4,
            BatchCharacters = options.BatchCharacters ?? defaults.BatchCharacters ?? 3000,
            RequestTimeout = TimeSpan.FromSeconds(options.TimeoutSeconds ?? defaults.TimeoutSeconds ?? 180),
            Glossary = glossary,
        };
        translatorOptions.Validate();
        return translatorOptions;
    }

    private static Glossary ReadGlossary(string path) =>
        File.Exists(path) ? Glossary.Parse(File.ReadAllText(path), path) : throw new NovelInputException(path, "the glossary file does not exist");
}
