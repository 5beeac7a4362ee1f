using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Novel.Tests.Translation;

/// <summary>What the fake server does with one request.</summary>
public enum Fault
{
    None,
    TooManyRequests,
    TooManyRequestsUntilDate,
    TooManyRequestsWithoutDelay,
    ServerError,
    DropConnection,
    Slow,
    TruncatedEnvelope,
    TruncatedJson,
    MissingId,
    ExtraId,
    DuplicateId,
    ChineseLeftIn,
    Echo,
    ProseAndCodeFence,
    SkipGlossary,
    Unauthorized,
    NotFound,
    RejectResponseFormat,
}

/// <summary>One request the fake server received, with the paragraphs and glossary it carried.</summary>
internal sealed record FakeRequest(
    int Number,
    string Body,
    string? Authorization,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyDictionary<string, string> Glossary,
    string? Chapter,
    IReadOnlyList<string> Context,
    bool AsksForJson,
    DateTime ReceivedAt);

/// <summary>
/// An OpenAI-compatible chat-completions server on 127.0.0.1 (System.Net.HttpListener on a free port) whose answers a
/// test scripts request by request: good translations (deterministic from the source, see <see cref="FakeTranslation"/>)
/// or one of the <see cref="Fault"/>s.
/// </summary>
internal sealed class FakeChatServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Task loop;
    private readonly ConcurrentQueue<FakeRequest> requests = new();
    private int count;
    private int inFlight;
    private int maxInFlight;

    public FakeChatServer(Func<FakeRequest, Fault>? script = null, string? requiredKey = null)
    {
        Script = script ?? (_ => Fault.None);
        RequiredKey = requiredKey;
        var port = FreePort();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/v1");
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        loop = Task.Run(AcceptAsync);
    }

    public Uri BaseUrl { get; }

    public Func<FakeRequest, Fault> Script { get; set; }

    public string? RequiredKey { get; }

    /// <summary>How long a <see cref="Fault.Slow"/> reply waits.</summary>
    public TimeSpan SlowDelay { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Called after a good reply is written (for tests that stop a run part way).</summary>
    public Action<FakeRequest>? AfterGoodReply { get; set; }

    public IReadOnlyList<FakeRequest> Requests => requests.OrderBy(r => r.Number).ToList();

    public int RequestCount => Volatile.Read(ref count);

    public int MaxInFlight => Volatile.Read(ref maxInFlight);

    public int FaultyReplies => faulty;

    private int faulty;

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        try
        {
            loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task AcceptAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var now = Interlocked.Increment(ref inFlight);
        for (var seen = Volatile.Read(ref maxInFlight); now > seen; seen = Volatile.Read(ref maxInFlight))
        {
            Interlocked.CompareExchange(ref maxInFlight, now, seen);
        }

        try
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var request = Parse(Interlocked.Increment(ref count), body, context.Request.Headers["Authorization"]);
            requests.Enqueue(request);
            if (RequiredKey is not null && request.Authorization != "Bearer " + RequiredKey)
            {
                // Like real servers, echo what was presented: the client must keep it out of its messages.
                await WriteAsync(context, 401, Error("Incorrect API key provided: " + request.Authorization?.Replace("Bearer ", "", StringComparison.Ordinal)));
                return;
            }

            var fault = Script(request);
            if (fault is not Fault.None and not Fault.ProseAndCodeFence and not Fault.RejectResponseFormat)
            {
                Interlocked.Increment(ref faulty);
            }

            await ReplyAsync(context, request, fault);
            if (fault is Fault.None or Fault.ProseAndCodeFence)
            {
                AfterGoodReply?.Invoke(request);
            }
        }
        catch (Exception exception) when (exception is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The client went away (a timeout, a cancelled run): nothing to answer.
        }
        finally
        {
            Interlocked.Decrement(ref inFlight);
        }
    }

    private async Task ReplyAsync(HttpListenerContext context, FakeRequest request, Fault fault)
    {
        switch (fault)
        {
            case Fault.TooManyRequests:
                context.Response.Headers["Retry-After"] = "1";
                await WriteAsync(context, 429, Error("Rate limit reached"));
                return;
            case Fault.TooManyRequestsUntilDate:
                context.Response.Headers["Retry-After"] = DateTime.UtcNow.AddSeconds(2).ToString("r", CultureInfo.InvariantCulture);
                await WriteAsync(context, 429, Error("Rate limit reached"));
                return;
            case Fault.TooManyRequestsWithoutDelay:
                await WriteAsync(context, 429, Error("Rate limit reached"));
                return;
            case Fault.ServerError:
                await WriteAsync(context, 500, Error("internal error"));
                return;
            case Fault.DropConnection:
                context.Response.Abort();
                return;
            case Fault.Slow:
                await Task.Delay(SlowDelay);
                break;
            case Fault.Unauthorized:
                await WriteAsync(context, 401, Error("Incorrect API key provided"));
                return;
            case Fault.NotFound:
                await WriteAsync(context, 404, Error("The model does not exist"));
                return;
            case Fault.RejectResponseFormat when request.AsksForJson:
                await WriteAsync(context, 400, Error("response_format is not supported by this server"));
                return;
        }

        var envelope = Envelope(Content(request, fault));
        await WriteAsync(context, 200, fault == Fault.TruncatedEnvelope ? envelope[..(envelope.Length / 2)] : envelope);
    }

    private static string Content(FakeRequest request, Fault fault)
    {
        var entries = request.Paragraphs
            .Select((text, i) => (Id: i + 1, Text: FakeTranslation.Of(text, fault == Fault.SkipGlossary ? new Dictionary<string, string>() : request.Glossary)))
            .ToList();
        switch (fault)
        {
            case Fault.MissingId:
                entries.RemoveAt(entries.Count - 1);
                break;
            case Fault.ExtraId:
                entries.Add((entries.Count + 1, "An extra paragraph the model made up."));
                break;
            case Fault.DuplicateId:
                entries.Add(entries[0]);
                break;
            case Fault.ChineseLeftIn:
                entries[0] = (1, new string(request.Paragraphs[0].Reverse().ToArray()));
                break;
            case Fault.Echo:
                entries[^1] = (entries.Count, request.Paragraphs[^1]);
                break;
        }

        var json = new JsonObject
        {
            ["translations"] = new JsonArray(entries.Select(e => (JsonNode)new JsonObject { ["id"] = e.Id, ["text"] = e.Text }).ToArray()),
        }.ToJsonString();
        return fault switch
        {
            Fault.TruncatedJson => json[..(json.Length * 2 / 3)],
            Fault.ProseAndCodeFence => "Here are the translations:\n```json\n" + json + "\n```\nLet me know if you need anything else.",
            _ => json,
        };
    }

    private static string Envelope(string content) => new JsonObject
    {
        ["id"] = "chatcmpl-fake",
        ["object"] = "chat.completion",
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
            ["finish_reason"] = "stop",
        }),
    }.ToJsonString();

    private static string Error(string message) => new JsonObject { ["error"] = new JsonObject { ["message"] = message } }.ToJsonString();

    private static async Task WriteAsync(HttpListenerContext context, int status, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    private static FakeRequest Parse(int number, string body, string? authorization)
    {
        var root = JsonNode.Parse(body)!;
        var user = root["messages"]!.AsArray().Last()!["content"]!.GetValue<string>();
        var message = JsonNode.Parse(user)!;
        var paragraphs = message["paragraphs"]!.AsArray().Select(p => p!["text"]!.GetValue<string>()).ToList();
        var glossary = message["glossary"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>());
        var context = message["context"]!.AsArray().Select(p => p!.GetValue<string>()).ToList();
        var chapter = message["chapter"]?.GetValue<string>();
        return new FakeRequest(number, body, authorization, paragraphs, glossary, chapter, context, root["response_format"] is not null, DateTime.UtcNow);
    }
}
