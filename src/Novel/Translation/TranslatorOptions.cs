namespace Novel.Translation;

/// <summary>
/// How to reach an OpenAI-compatible chat-completions endpoint and how hard to push it.
/// <see cref="ToString"/> never shows the API key.
/// </summary>
public sealed record TranslatorOptions
{
    /// <summary>The environment variable the command line reads the API key from.</summary>
    public const string ApiKeyEnvironmentVariable = "NOVEL_API_KEY";

    /// <summary>The endpoint's base URL, for example <c>http://localhost:11434/v1</c>; <c>/chat/completions</c> is appended.</summary>
    public required Uri BaseUrl { get; init; }

    /// <summary>The model name the endpoint knows, for example <c>qwen2.5:14b</c>.</summary>
    public required string Model { get; init; }

    /// <summary>The API key sent as a bearer token, or null for servers that need none. Never written anywhere.</summary>
    public string? ApiKey { get; init; }

    /// <summary>The Chinese → English terms to keep consistent across the book.</summary>
    public Glossary Glossary { get; init; } = Glossary.Empty;

    /// <summary>How many requests may be in flight at once.</summary>
    public int Concurrency { get; init; } = 4;

    /// <summary>The most source characters one batch carries (a longer paragraph travels alone).</summary>
    public int BatchCharacters { get; init; } = 3000;

    /// <summary>The most paragraphs one batch carries.</summary>
    public int BatchParagraphs { get; init; } = 40;

    /// <summary>How many paragraphs before a batch are sent as context.</summary>
    public int ContextParagraphs { get; init; } = 3;

    /// <summary>How long one request may take before it counts as timed out and is retried.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>How many times one request is tried when the server is busy, failing or unreachable.</summary>
    public int MaxAttempts { get; init; } = 6;

    /// <summary>The first back-off delay; each further retry doubles it (with jitter) up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest the translator waits before one retry, whatever <c>Retry-After</c> asks for.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Whether chapter titles without a translated title are translated too.</summary>
    public bool TranslateTitles { get; init; } = true;

    /// <summary>Whether to ask for <c>response_format: json_object</c> (dropped automatically when a server rejects it).</summary>
    public bool RequestJsonResponseFormat { get; init; } = true;

    /// <summary>The sampling temperature sent with each request.</summary>
    public double Temperature { get; init; }

    /// <summary>The chat-completions URL the requests go to.</summary>
    public Uri CompletionsUrl
    {
        get
        {
            var text = BaseUrl.ToString().TrimEnd('/');
            return new Uri(text.EndsWith("/chat/completions", StringComparison.OrdinalIgnoreCase) ? text : text + "/chat/completions");
        }
    }

    /// <summary>Checks the options and throws <see cref="ArgumentException"/> naming the first bad one.</summary>
    public void Validate()
    {
        if (!BaseUrl.IsAbsoluteUri || (BaseUrl.Scheme != Uri.UriSchemeHttp && BaseUrl.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"The base URL must be an absolute http or https URL, not '{BaseUrl}'.");
        }

        if (string.IsNullOrWhiteSpace(Model))
        {
            throw new ArgumentException("A model name is needed.");
        }

        if (Concurrency < 1 || BatchCharacters < 1 || BatchParagraphs < 1 || MaxAttempts < 1 || ContextParagraphs < 0)
        {
            throw new ArgumentException("Concurrency, batch size and attempts must be at least 1 (context at least 0).");
        }

        if (RequestTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentException("The request timeout must be positive.");
        }
    }

    /// <summary>Writes the options with the API key masked, so logging them is safe.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append($"BaseUrl = {BaseUrl}, Model = {Model}, ApiKey = {(ApiKey is null ? "(none)" : "***")}, ");
        builder.Append($"Glossary = {Glossary.Entries.Count} terms, Concurrency = {Concurrency}, BatchCharacters = {BatchCharacters}, ");
        builder.Append($"RequestTimeout = {RequestTimeout}, MaxAttempts = {MaxAttempts}");
        return true;
    }
}
