using CommandLine;
using Novel.Cli.Commands;
using Novel.Model;
using Novel.Tests.Support;
using Novel.Translation;

namespace Novel.Tests.Translation;

public sealed class TranslateCommandTests
{
    [Fact]
    public void Parser_ReadsTheTranslateVerb()
    {
        var parsed = new Parser(s => s.HelpWriter = null).ParseArguments(
            ["translate", "book", "--base-url", "http://localhost:11434/v1", "--model", "qwen", "--concurrency", "2", "--batch-chars", "1500", "--timeout", "30", "--dry-run"],
            typeof(TranslateOptions));

        var options = Assert.IsType<TranslateOptions>(Assert.IsType<Parsed<object>>(parsed).Value);
        Assert.Equal(
            new TranslateOptions { BookDirectory = "book", BaseUrl = "http://localhost:11434/v1", Model = "qwen", Concurrency = 2, BatchCharacters = 1500, TimeoutSeconds = 30, DryRun = true },
            options);
    }

    [Fact]
    public void ToString_MasksTheApiKey()
    {
        var key = "sk-test-" + Guid.NewGuid().ToString("N");

        var text = new TranslateOptions { BookDirectory = "book", ApiKey = key }.ToString();

        Assert.DoesNotContain(key, text, StringComparison.Ordinal);
        Assert.Contains("ApiKey = ***", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_TranslatesWithTheKeyFromTheEnvironment_AndPrintsNoKey()
    {
        using var folder = new TempDirectory();
        var key = "sk-test-" + Guid.NewGuid().ToString("N");
        using var server = new FakeChatServer(requiredKey: key);
        var glossaryFile = folder.Combine("extra-glossary.txt");
        File.WriteAllText(glossaryFile, "付院长: Dean Fu\n");
        var book = TestBooks.Make(3, 12);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var progress = new RecordingProgressSink();
        var bookGlossary = new Glossary([new GlossaryEntry(TestBooks.Hero, "Meng Fanqi")]);
        var command = new TranslateCommand(_ => Input(book, bookGlossary), output, error, name => name == "NOVEL_API_KEY" ? key : null, progress);

        var exit = await command.RunAsync(Options(folder, server) with { Glossary = glossaryFile }, TestContext.Current.CancellationToken);

        Assert.Equal(0, exit);
        // 36 paragraphs and 3 titles, of which 3 paragraphs ("……") are copied.
        Assert.StartsWith("36 translated, 0 from memory, 3 copied, 0 left;", output.ToString(), StringComparison.Ordinal);
        Assert.All(server.Requests, r => Assert.Equal("Bearer " + key, r.Authorization));
        Assert.Contains(server.Requests, r => r.Glossary.ContainsKey(TestBooks.Hero));
        using (var memory = TranslationMemory.Open(TranslationMemory.DefaultPath(folder.Path)))
        {
            var options = BookTranslatorTests.Options(server) with { Glossary = TestBooks.Glossary };
            TestBooks.AssertFullyAndCorrectlyTranslated(BookTranslator.ApplyMemory(book, memory, options).Book, TestBooks.Glossary);
        }

        var everything = output + error.ToString() + string.Join("\n", progress.Lines)
            + string.Concat(Directory.EnumerateFiles(folder.Path, "*", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.DoesNotContain(key, everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_TranslatesWithABookOnlyLoader_AsEarlierWiringUsesIt()
    {
        using var folder = new TempDirectory();
        using var server = new FakeChatServer();
        var book = TestBooks.Make(1, 6);
        var command = new TranslateCommand(_ => book, TextWriter.Null, TextWriter.Null, _ => null, NullProgressSink.Instance);

        var exit = await command.RunAsync(Options(folder, server), TestContext.Current.CancellationToken);

        Assert.Equal(0, exit);
        Assert.All(server.Requests, r => Assert.Empty(r.Glossary));
    }

    [Fact]
    public async Task RunAsync_SaysWhatItWouldSend_AndSendsNothing_OnADryRun()
    {
        using var folder = new TempDirectory();
        using var server = new FakeChatServer();
        using var output = new StringWriter();
        var command = new TranslateCommand(_ => Input(TestBooks.Make(2, 10)), output, TextWriter.Null, _ => null, NullProgressSink.Instance);

        var exit = await command.RunAsync(Options(folder, server) with { DryRun = true }, TestContext.Current.CancellationToken);

        Assert.Equal(0, exit);
        // 20 paragraphs and 2 titles; 2 paragraphs are "……" and the author's note ending both chapters is sent once.
        Assert.Matches(@"^22 paragraphs untranslated: 0 in memory, 2 without Chinese; would send 19 in \d+ requests \(\d+ characters of text, \d+ characters of requests\)", output.ToString());
        Assert.Equal(0, server.RequestCount);
    }

    [Fact]
    public async Task RunAsync_ExitsWith2_WhenNeitherTheCommandLineNorBookYmlNamesAModel()
    {
        using var folder = new TempDirectory();
        using var server = new FakeChatServer();
        using var error = new StringWriter();
        var command = new TranslateCommand(_ => Input(TestBooks.Make(1, 3)), TextWriter.Null, error, _ => null, NullProgressSink.Instance);

        var exit = await command.RunAsync(Options(folder, server) with { Model = null }, TestContext.Current.CancellationToken);

        Assert.Equal(TranslateCommand.ExitBadUsage, exit);
        Assert.Contains("--model (or translation.model in book.yml) is needed", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, server.RequestCount);
    }

    [Fact]
    public async Task RunAsync_TakesEndpointAndTuningFromBookYml_UnlessTheCommandLineOverrides()
    {
        using var folder = new TempDirectory();
        using var server = new FakeChatServer();
        using var output = new StringWriter();
        var defaults = new TranslateOptions { BaseUrl = server.BaseUrl.ToString(), Model = "model-from-book-yml", BatchCharacters = 100, Concurrency = 1 };
        var command = new TranslateCommand(_ => Input(TestBooks.Make(1, 12)) with { Defaults = defaults }, output, TextWriter.Null, _ => null, NullProgressSink.Instance);

        var exit = await command.RunAsync(new TranslateOptions { BookDirectory = folder.Path, BatchCharacters = 5000 }, TestContext.Current.CancellationToken);

        Assert.Equal(0, exit);
        Assert.All(server.Requests, r => Assert.Contains("\"model\":\"model-from-book-yml\"", r.Body, StringComparison.Ordinal));
        Assert.Equal(2, server.RequestCount); // one batch of paragraphs (5,000 characters allowed), one of the title
    }

    [Fact]
    public async Task RunAsync_ExitsWith4AndWarnsAboutTheOption_WhenAKeyGivenOnTheCommandLineIsRefused()
    {
        using var folder = new TempDirectory();
        var key = "sk-test-" + Guid.NewGuid().ToString("N");
        using var server = new FakeChatServer(requiredKey: "sk-test-another");
        using var error = new StringWriter();
        var command = new TranslateCommand(_ => Input(TestBooks.Make(1, 5)), TextWriter.Null, error, _ => null, NullProgressSink.Instance);

        var exit = await command.RunAsync(Options(folder, server) with { ApiKey = key }, TestContext.Current.CancellationToken);

        Assert.Equal(TranslateCommand.ExitAborted, exit);
        Assert.Contains("prefer NOVEL_API_KEY", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("refused the API key", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(key, error.ToString(), StringComparison.Ordinal);
    }

    private static TranslateCommandInput Input(Book book, Glossary? glossary = null) => new(book, glossary ?? Glossary.Empty, new TranslateOptions());

    private static TranslateOptions Options(TempDirectory folder, FakeChatServer server) => new()
    {
        BookDirectory = folder.Path,
        BaseUrl = server.BaseUrl.ToString(),
        Model = "fake-model",
        Concurrency = 2,
        TimeoutSeconds = 10,
    };
}
