namespace Novel.Config;

/// <summary>The machine translator's endpoint settings from book.yml's <c>translator:</c> key.</summary>
public sealed record TranslatorSettings
{
    /// <summary>The base URL of an OpenAI-compatible API, for example <c>http://127.0.0.1:11434/v1</c>.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>The model name to ask for.</summary>
    public string? Model { get; init; }

    /// <summary>An API key; better given in the <c>NOVEL_API_KEY</c> environment variable than written here.</summary>
    public string? ApiKey { get; init; }

    /// <summary>How many requests may be in flight at once.</summary>
    public int? Concurrency { get; init; }

    /// <summary>How many source characters one request may carry.</summary>
    public int? BatchChars { get; init; }

    /// <summary>How long one request may take, in seconds.</summary>
    public int? TimeoutSeconds { get; init; }
}
