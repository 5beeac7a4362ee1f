using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Novel.Translation;

/// <summary>
/// Sends one chat-completions request to an OpenAI-compatible endpoint and returns the reply's text. It limits how many
/// requests are in flight, retries busy, failing, slow and dropped requests with back-off, stops at once on 401/403/404,
/// and keeps the API key out of every message it produces.
/// </summary>
internal sealed class ChatCompletionClient
{
    private const int MaxBodyInMessage = 300;
    private readonly HttpClient http;
    private readonly TranslatorOptions options;
    private readonly RetryPolicy retry;
    private readonly SecretRedactor redactor;
    private readonly SemaphoreSlim slots;
    private volatile bool sendResponseFormat;
    private int requestsSent;

    public ChatCompletionClient(HttpClient http, TranslatorOptions options)
    {
        this.http = http;
        this.options = options;
        retry = new RetryPolicy(options.RetryBaseDelay, options.MaxRetryDelay, options.MaxAttempts);
        redactor = new SecretRedactor(options.ApiKey);
        slots = new SemaphoreSlim(options.Concurrency, options.Concurrency);
        sendResponseFormat = options.RequestJsonResponseFormat;
    }

    /// <summary>How many HTTP requests have been sent, retries included.</summary>
    public int RequestsSent => Volatile.Read(ref requestsSent);

    /// <summary>The JSON body of a chat-completions request for these messages.</summary>
    public static string Body(TranslatorOptions options, string system, string user, bool withFormat)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("model", options.Model);
            writer.WriteStartArray("messages");
            WriteMessage(writer, "system", system);
            WriteMessage(writer, "user", user);
            writer.WriteEndArray();
            writer.WriteNumber("temperature", options.Temperature);
            writer.WriteBoolean("stream", false);
            if (withFormat)
            {
                writer.WriteStartObject("response_format");
                writer.WriteString("type", "json_object");
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>
    /// Sends the messages and returns the assistant's reply text. Failures (5xx, timeouts, dropped connections) are tried
    /// <see cref="TranslatorOptions.MaxAttempts"/> times in all; a rate limit (429) only costs time, so it may be waited
    /// out four times as often before the run gives up.
    /// </summary>
    /// <exception cref="RejectedRequestException">The server refused this request (a 400-class status).</exception>
    /// <exception cref="TranslationAbortedException">The run cannot go on (bad key, unknown URL or model, server down).</exception>
    public async Task<string> CompleteAsync(string system, string user, CancellationToken cancellationToken)
    {
        var failures = 0;
        var rateLimits = 0;
        while (true)
        {
            var outcome = await SendOnceAsync(system, user, cancellationToken).ConfigureAwait(false);
            if (outcome.Content is { } content)
            {
                return content;
            }

            var waits = outcome.RateLimited ? ++rateLimits : ++failures;
            if (failures >= retry.MaxAttempts || rateLimits >= retry.MaxAttempts * 4)
            {
                throw new TranslationAbortedException(
                    $"{options.CompletionsUrl} kept failing after {failures + rateLimits} attempts (last: {outcome.Problem}); run again later to resume.");
            }

            if (!outcome.Immediately)
            {
                await Task.Delay(retry.DelayAfter(waits, outcome.RetryAfter), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<Outcome> SendOnceAsync(string system, string user, CancellationToken cancellationToken)
    {
        await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.RequestTimeout);
        try
        {
            var formatSent = sendResponseFormat;
            using var request = new HttpRequestMessage(HttpMethod.Post, options.CompletionsUrl)
            {
                Content = new StringContent(Body(options, system, user, formatSent), Encoding.UTF8, "application/json"),
            };
            if (!string.IsNullOrEmpty(options.ApiKey))
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.ApiKey);
            }

            Interlocked.Increment(ref requestsSent);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
            return Classify(response, body, formatSent);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Outcome.Retry($"no answer within {options.RequestTimeout.TotalSeconds:0.#} s", null);
        }
        catch (HttpRequestException exception)
        {
            // The message may name the URL but never the headers; redact anyway in case a server echoed the key.
            return Outcome.Retry("connection failed: " + redactor.Redact(exception.Message), null);
        }
        catch (IOException exception)
        {
            return Outcome.Retry("connection dropped: " + redactor.Redact(exception.Message), null);
        }
        finally
        {
            slots.Release();
        }
    }

    private Outcome Classify(HttpResponseMessage response, string body, bool formatSent)
    {
        var status = (int)response.StatusCode;
        var summary = $"HTTP {status} {response.ReasonPhrase}: {Shorten(redactor.Redact(body))}";
        switch (response.StatusCode)
        {
            case HttpStatusCode.Unauthorized:
            case HttpStatusCode.Forbidden:
                throw new TranslationAbortedException(
                    $"{options.CompletionsUrl} refused the API key ({summary}). Check the key in {TranslatorOptions.ApiKeyEnvironmentVariable}.");
            case HttpStatusCode.NotFound:
                throw new TranslationAbortedException(
                    $"{options.CompletionsUrl} or the model '{options.Model}' was not found ({summary}). Check --base-url (it usually ends in /v1) and --model.");
            case HttpStatusCode.TooManyRequests:
                return Outcome.RateLimit(summary, RetryPolicy.RequestedDelay(response, DateTimeOffset.UtcNow));
            case HttpStatusCode.RequestTimeout:
                return Outcome.Retry(summary, RetryPolicy.RequestedDelay(response, DateTimeOffset.UtcNow));
        }

        if (status >= 500)
        {
            return Outcome.Retry(summary, RetryPolicy.RequestedDelay(response, DateTimeOffset.UtcNow));
        }

        if (status == 400 && formatSent && body.Contains("response_format", StringComparison.OrdinalIgnoreCase))
        {
            // The server does not know structured output: ask again without it; the reply parser copes with prose.
            sendResponseFormat = false;
            return Outcome.RetryNow(summary);
        }

        if (status >= 400)
        {
            throw new RejectedRequestException(summary);
        }

        // A body that is not a chat completion is most often one cut short on the way: ask again.
        return ReadContent(body) is { } content ? Outcome.Success(content)
            : Outcome.Retry("the reply is not a chat completion: " + Shorten(redactor.Redact(body)), null);
    }

    private static string? ReadContent(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("choices", out var choices)
                && choices.ValueKind == JsonValueKind.Array
                && choices.GetArrayLength() > 0
                && choices[0].TryGetProperty("message", out var message)
                && message.TryGetProperty("content", out var content)
                && content.ValueKind == JsonValueKind.String)
            {
                return content.GetString();
            }
        }
        catch (JsonException)
        {
        }

        return null;
    }

    private static void WriteMessage(Utf8JsonWriter writer, string role, string content)
    {
        writer.WriteStartObject();
        writer.WriteString("role", role);
        writer.WriteString("content", content);
        writer.WriteEndObject();
    }

    private static string Shorten(string text)
    {
        var flat = text.ReplaceLineEndings(" ").Trim();
        return flat.Length <= MaxBodyInMessage ? flat : flat[..MaxBodyInMessage] + "…";
    }

    /// <summary>What one attempt gave: the reply text, or what went wrong and how soon to try again.</summary>
    private readonly record struct Outcome(string? Content, string Problem, bool Immediately, bool RateLimited, TimeSpan? RetryAfter)
    {
        public static Outcome Success(string content) => new(content, "", false, false, null);

        public static Outcome Retry(string problem, TimeSpan? retryAfter) => new(null, problem, false, false, retryAfter);

        public static Outcome RateLimit(string problem, TimeSpan? retryAfter) => new(null, problem, false, true, retryAfter);

        public static Outcome RetryNow(string problem) => new(null, problem, true, false, null);
    }
}
