using System.Net;
using System.Net.Sockets;

namespace Novel.Preview;

/// <summary>
/// Serves one EPUB for reading in a browser: Novel's viewer page (an embedded resource) at <c>/</c>, the book at
/// <c>/book.epub</c>, and the foliate-js reading engine's files from <see cref="ReaderEngine"/> under <c>/engine/</c>.
/// It listens on 127.0.0.1 only, on a free port, until disposed.
/// </summary>
public sealed class PreviewServer : IDisposable
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".json"] = "application/json",
        [".epub"] = "application/epub+zip",
    };

    private readonly string epubPath;
    private readonly string engineDirectory;
    private readonly HttpListener listener;
    private readonly Task serving;

    private PreviewServer(string epubPath, string engineDirectory, HttpListener listener, int port)
    {
        this.epubPath = epubPath;
        this.engineDirectory = engineDirectory;
        this.listener = listener;
        Url = new Uri($"http://127.0.0.1:{port}/");
        serving = Task.Run(ServeAsync);
    }

    /// <summary>The address of the viewer page.</summary>
    public Uri Url { get; }

    /// <summary>Starts serving <paramref name="epubPath"/> with the engine in <paramref name="engineDirectory"/> on 127.0.0.1.</summary>
    /// <param name="epubPath">The EPUB to serve.</param>
    /// <param name="engineDirectory">The foliate-js folder (the one holding <c>view.js</c>).</param>
    /// <param name="port">The port to listen on, or 0 for a free one.</param>
    public static PreviewServer Start(string epubPath, string engineDirectory, int port = 0)
    {
        if (!File.Exists(epubPath))
        {
            throw new FileNotFoundException($"{epubPath}: no such EPUB", epubPath);
        }

        for (var attempt = 0; ; attempt++)
        {
            var chosen = port != 0 ? port : FreePort();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{chosen}/");
            try
            {
                listener.Start();
                return new PreviewServer(Path.GetFullPath(epubPath), Path.TrimEndingDirectorySeparator(Path.GetFullPath(engineDirectory)), listener, chosen);
            }
            catch (HttpListenerException) when (port == 0 && attempt < 5)
            {
                listener.Close(); // another process took the port between probing and binding: try another
            }
        }
    }

    /// <summary>Stops listening and waits for the serving loop to end.</summary>
    public void Dispose()
    {
        listener.Close();
        try
        {
            serving.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return; // stopped
            }

            _ = Task.Run(() => Respond(context));
        }
    }

    private void Respond(HttpListenerContext context)
    {
        using var response = context.Response;
        try
        {
            var path = context.Request.Url?.AbsolutePath ?? "/";
            using var content = Open(path);
            if (content is null)
            {
                response.StatusCode = path == "/favicon.ico" ? 204 : 404;
                return;
            }

            response.ContentType = ContentTypes.GetValueOrDefault(Path.GetExtension(path == "/" ? "index.html" : path), "application/octet-stream");
            response.Headers["Cache-Control"] = "no-store";
            if (content.CanSeek)
            {
                response.ContentLength64 = content.Length;
            }

            content.CopyTo(response.OutputStream);
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The browser went away mid-response; nothing to do.
        }
    }

    private Stream? Open(string path)
    {
        if (path is "/" or "/index.html")
        {
            return ViewerResource("viewer.html");
        }

        if (path == "/viewer.js")
        {
            return ViewerResource("viewer.js");
        }

        if (path == "/book.epub")
        {
            return File.OpenRead(epubPath);
        }

        const string EnginePrefix = "/engine/";
        if (path.StartsWith(EnginePrefix, StringComparison.Ordinal))
        {
            var file = Path.GetFullPath(Path.Combine(engineDirectory, Uri.UnescapeDataString(path[EnginePrefix.Length..])));
            var inside = file.StartsWith(engineDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal);
            return inside && File.Exists(file) ? File.OpenRead(file) : null;
        }

        return null;
    }

    private static Stream? ViewerResource(string name)
    {
        var assembly = typeof(PreviewServer).Assembly;
        var resource = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith("Preview/" + name, StringComparison.Ordinal) || n.EndsWith("Preview." + name, StringComparison.Ordinal));
        return resource is null ? null : assembly.GetManifestResourceStream(resource);
    }
}
