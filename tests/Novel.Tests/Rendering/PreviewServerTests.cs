using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Novel.Cli;
using Novel.Cli.Commands;
using Novel.Preview;
using Novel.Tests.Support;

namespace Novel.Tests.Rendering;

/// <summary>
/// <c>novel preview</c>'s server: it serves the viewer page, the book and the engine's files on 127.0.0.1 and
/// nothing outside the engine folder, the command prints its address and stops when cancelled, and a real browser
/// reading the served book sees what the render check expects.
/// </summary>
public sealed class PreviewServerTests
{
    [Fact]
    public async Task PreviewServer_ServesViewerBookAndEngineFiles_AndNothingOutsideTheEngine()
    {
        using var temp = new TempDirectory();
        var (epub, engine) = FakeBookAndEngine(temp);
        File.WriteAllText(temp.Combine("secret.txt"), "not for the browser");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };

        Uri url;
        using (var server = PreviewServer.Start(epub, engine))
        {
            url = server.Url;
            Assert.Equal("127.0.0.1", server.Url.Host);
            var page = await http.GetStringAsync(server.Url, TestContext.Current.CancellationToken);
            Assert.Contains("viewer.js", page, StringComparison.Ordinal);
            var script = await http.GetStringAsync(new Uri(server.Url, "viewer.js"), TestContext.Current.CancellationToken);
            Assert.Contains("./engine/view.js", script, StringComparison.Ordinal);
            Assert.Equal(File.ReadAllBytes(epub), await http.GetByteArrayAsync(new Uri(server.Url, "book.epub"), TestContext.Current.CancellationToken));
            Assert.Equal("export const marker = 1\n", await http.GetStringAsync(new Uri(server.Url, "engine/view.js"), TestContext.Current.CancellationToken));

            foreach (var escape in new[] { "engine/%2e%2e/secret.txt", "engine/..%2fsecret.txt", "secret.txt", "engine/missing.js" })
            {
                using var response = await http.GetAsync(server.Url + escape, TestContext.Current.CancellationToken);
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            }
        }

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => http.GetAsync(url, TestContext.Current.CancellationToken)); // stopped
    }

    [Fact]
    public async Task PreviewCommand_PrintsTheAddressAndServes_UntilCancelled()
    {
        using var temp = new TempDirectory();
        var (epub, engine) = FakeBookAndEngine(temp);
        var buffer = new StringWriter();
        var stdout = TextWriter.Synchronized(buffer);
        using var stop = new CancellationTokenSource();
        var options = new PreviewOptions { BookDirectory = temp.Path, Engine = engine, NoBrowser = true };

        var run = Task.Run(() => PreviewCommand.Run(options, stdout, TextWriter.Null, _ => epub, stop.Token), TestContext.Current.CancellationToken);
        var url = await WaitForUrl(stdout, buffer, run);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        var served = await http.GetByteArrayAsync(new Uri(url, "book.epub"), TestContext.Current.CancellationToken);
        await stop.CancelAsync();

        Assert.Equal(File.ReadAllBytes(epub), served);
        Assert.Equal(ExitCodes.Success, await run.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
    }

    [Fact]
    public void PreviewCommand_SaysHowToGetTheEngine_WhenTheEngineFolderHasNone()
    {
        using var temp = new TempDirectory();
        var options = new PreviewOptions { Epub = temp.Combine("book.epub"), Engine = temp.Path, NoBrowser = true };

        var error = Assert.Throws<UsageException>(() => PreviewCommand.Run(options, TextWriter.Null, TextWriter.Null, _ => "", CancellationToken.None));

        Assert.Contains("npm install foliate-js@1.0.1", error.Message, StringComparison.Ordinal);
        Assert.Contains(temp.Path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Preview_ShowsAFixtureBookCorrectly_InChromium()
    {
        var node = RenderRequirements.RequireRenderCheck();
        var engine = ReaderEngine.Find(Path.Combine(RenderRequirements.RenderFolder, "node_modules", "foliate-js"));
        Assert.NotNull(engine);
        var artifacts = Path.Combine(RenderTestBooks.ArtifactRoot, "preview");
        Directory.CreateDirectory(artifacts);
        var epub = Path.Combine(artifacts, "fixture.epub");
        var fixture = ToolProcess.Run(node, [Path.Combine(RenderRequirements.RenderFolder, "fixture-epub.mjs"), epub, "--chapters", "4"], TimeSpan.FromMinutes(1));
        Assert.True(fixture.ExitCode == 0, fixture.Describe());

        using var server = PreviewServer.Start(epub, engine!);
        var check = ToolProcess.Run(
            node,
            [Path.Combine(RenderRequirements.RenderFolder, "render-check.mjs"), "--url", server.Url.ToString(), Path.Combine(artifacts, "render"), "--chromium", RenderRequirements.Chromium, "--timeout-ms", "180000"],
            TimeSpan.FromMinutes(4));
        File.WriteAllText(Path.Combine(artifacts, "render-check.json"), check.Stdout);

        Assert.True(check.ExitCode == 0, "the preview did not pass the render check: " + check.Describe());
        Assert.Equal(4, JsonDocument.Parse(check.Stdout).RootElement.GetProperty("chapters").GetInt32());
    }

    private static (string Epub, string Engine) FakeBookAndEngine(TempDirectory temp)
    {
        var epub = temp.Combine("book.epub");
        using (var zip = ZipFile.Open(epub, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("mimetype", CompressionLevel.NoCompression).Open());
            writer.Write("application/epub+zip");
        }

        var engine = temp.Combine("engine");
        Directory.CreateDirectory(engine);
        File.WriteAllText(Path.Combine(engine, "view.js"), "export const marker = 1\n");
        return (epub, engine);
    }

    private static async Task<Uri> WaitForUrl(TextWriter stdout, StringWriter buffer, Task<int> run)
    {
        for (var i = 0; i < 200; i++)
        {
            string text;
            lock (stdout)
            {
                text = buffer.ToString(); // the synchronized writer locks itself while writing
            }

            var at = text.IndexOf("http://127.0.0.1:", StringComparison.Ordinal);
            if (at >= 0)
            {
                return new Uri(text[at..].Split(' ', '\n')[0].Trim());
            }

            Assert.False(run.IsCompleted, "preview stopped before printing its address: " + text);
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException("preview printed no address within 10 s");
    }
}
