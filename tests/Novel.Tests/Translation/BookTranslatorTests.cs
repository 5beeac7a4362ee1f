using System.Collections.Concurrent;
using Novel.Model;
using Novel.Tests.Support;
using Novel.Translation;

namespace Novel.Tests.Translation;

public sealed class BookTranslatorTests
{
    private static readonly Fault[] FaultMix =
    [
        Fault.TooManyRequests, Fault.ServerError, Fault.DropConnection, Fault.TruncatedJson, Fault.MissingId, Fault.ExtraId,
        Fault.ChineseLeftIn, Fault.Echo, Fault.TruncatedEnvelope, Fault.DuplicateId, Fault.Slow, Fault.TooManyRequestsUntilDate,
    ];

    [Fact]
    public async Task TranslateAsync_TranslatesEveryParagraphOfAThousandIntoItsOwnBead_WhenAFifthOfRepliesAreFaulty()
    {
        using var folder = new TempDirectory();
        var key = "sk-test-" + Guid.NewGuid().ToString("N");
        var distinct = new ConcurrentDictionary<string, int>();
        var distinctCount = 0;
        using var server = new FakeChatServer(requiredKey: key) { SlowDelay = TimeSpan.FromSeconds(5) };
        server.Script = request =>
        {
            // Every fourth new request body gets one fault from the mix; its retry (the same body) is answered well.
            if (!distinct.TryAdd(request.Body, 0))
            {
                return Fault.None;
            }

            var index = Interlocked.Increment(ref distinctCount);
            return index % 4 == 0 ? FaultMix[(index / 4) % FaultMix.Length] : index % 5 == 0 ? Fault.ProseAndCodeFence : Fault.None;
        };
        var book = TestBooks.Make(chapters: 20, paragraphsPerChapter: 50);
        Assert.Equal(1000, TestBooks.ParagraphCount(book));
        var options = Options(server, key) with { BatchCharacters = 800, RequestTimeout = TimeSpan.FromSeconds(2.5) };
        var memoryPath = TranslationMemory.DefaultPath(folder.Path);
        var progress = new RecordingProgressSink();

        TranslationResult result;
        TranslationPlan plan;
        using (var memory = TranslationMemory.Open(memoryPath))
        {
            plan = BookTranslator.Plan(book, memory, options);
            result = await BookTranslator.TranslateAsync(book, options, memory, progress, TestContext.Current.CancellationToken);
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{server.RequestCount} requests for {plan.Requests} batches; {server.FaultyReplies} faulty replies, {result.Report.RejectedReplies} rejected");
        TestBooks.AssertFullyAndCorrectlyTranslated(result.Book, TestBooks.Glossary);
        Assert.Equal(0, result.Report.Remaining);
        Assert.Empty(result.Report.Failures);
        Assert.Empty(result.Report.GlossaryMisses);
        Assert.True(plan.Requests >= 60, $"the plan has only {plan.Requests} batches");
        Assert.True(server.RequestCount <= plan.Requests * 1.3, $"{server.RequestCount} requests for {plan.Requests} batches ({server.FaultyReplies} faulty, {result.Report.RejectedReplies} rejected)");
        Assert.True(server.FaultyReplies >= server.RequestCount * 0.19, $"only {server.FaultyReplies} of {server.RequestCount} replies were faulty");
        Assert.True(server.MaxInFlight <= options.Concurrency, $"{server.MaxInFlight} requests were in flight at once");
        // The report never counts fewer than the server saw (a request lost on a dead pooled connection counts too).
        Assert.True(result.Report.RequestsSent >= server.RequestCount, $"reported {result.Report.RequestsSent}, the server saw {server.RequestCount}");

        // The author's note that ends every chapter is sent once, not twenty times.
        Assert.Single(server.Requests.Where(r => r.Paragraphs.Contains(TestBooks.RepeatedNote)).Select(r => r.Body).Distinct());
        Assert.DoesNotContain(server.Requests.SelectMany(r => r.Paragraphs), p => p == "……");

        // A second run finds everything in the memory and sends nothing.
        var before = server.RequestCount;
        using (var memory = TranslationMemory.Open(memoryPath))
        {
            var again = await BookTranslator.TranslateAsync(book, options, memory, null, TestContext.Current.CancellationToken);
            TestBooks.AssertFullyAndCorrectlyTranslated(again.Book, TestBooks.Glossary);
            Assert.Equal(0, again.Report.RequestsSent);
            Assert.Equal(0, again.Report.Translated);
            Assert.Equal(result.Report.Translated + result.Report.FromMemory, again.Report.FromMemory);
        }

        Assert.Equal(before, server.RequestCount);

        // The key was sent, but is nowhere in what was written or reported.
        Assert.All(server.Requests, r => Assert.Equal("Bearer " + key, r.Authorization));
        foreach (var file in Directory.EnumerateFiles(folder.Path, "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain(key, File.ReadAllText(file), StringComparison.Ordinal);
        }

        Assert.DoesNotContain(progress.Lines, line => line.Contains(key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TranslateAsync_SplitsABatchDownToSingleParagraphs_WhenTheServerKeepsDroppingAnId()
    {
        using var server = new FakeChatServer(request => request.Paragraphs.Count > 1 ? Fault.MissingId : Fault.None);
        var book = TestBooks.Make(chapters: 1, paragraphsPerChapter: 5);
        var options = Options(server) with { TranslateTitles = false };
        using var memory = TranslationMemory.InMemory();

        var result = await BookTranslator.TranslateAsync(book, options, memory, null, TestContext.Current.CancellationToken);

        TestBooks.AssertFullyAndCorrectlyTranslated(result.Book, TestBooks.Glossary, titles: false);
        Assert.Null(result.Book.Chapters[0].TranslatedTitle);
        Assert.True(result.Report.RejectedReplies > 0);
        Assert.Contains(server.Requests, r => r.Paragraphs.Count == 1);
    }

    [Fact]
    public async Task TranslateAsync_ReportsAFailureAndKeepsTheOthers_WhenOneParagraphIsAlwaysLeftInChinese()
    {
        var book = TestBooks.Make(chapters: 2, paragraphsPerChapter: 8);
        var stubborn = book.Chapters[1].Pairs[2].Original[0];
        using var server = new FakeChatServer(request => request.Paragraphs.Contains(stubborn.Text) ? Fault.ChineseLeftIn : Fault.None);
        using var folder = new TempDirectory();
        var options = Options(server);

        TranslationResult result;
        using (var memory = TranslationMemory.Open(TranslationMemory.DefaultPath(folder.Path)))
        {
            result = await BookTranslator.TranslateAsync(book, options, memory, null, TestContext.Current.CancellationToken);
        }

        var failure = Assert.Single(result.Report.Failures);
        Assert.Equal(stubborn.Source.ToString(), failure.Where);
        Assert.Contains("still in Chinese", failure.Reason, StringComparison.Ordinal);
        Assert.Equal(1, result.Report.Remaining);
        Assert.True(result.Book.Chapters[1].Pairs[2].IsUntranslated);
        Assert.Equal(TestBooks.ParagraphCount(book) - 1, result.Book.Chapters.Sum(c => c.Pairs.Count(p => !p.IsUntranslated)));

        // The next run sends only the paragraph that failed.
        server.Script = _ => Fault.None;
        var before = server.RequestCount;
        using (var memory = TranslationMemory.Open(TranslationMemory.DefaultPath(folder.Path)))
        {
            var again = await BookTranslator.TranslateAsync(book, options, memory, null, TestContext.Current.CancellationToken);
            TestBooks.AssertFullyAndCorrectlyTranslated(again.Book, TestBooks.Glossary);
        }

        var retried = Assert.Single(server.Requests.Skip(before));
        Assert.Equal([stubborn.Text], retried.Paragraphs);
    }

    [Theory]
    [InlineData(Fault.Unauthorized, "refused the API key")]
    [InlineData(Fault.NotFound, "not found")]
    public async Task TranslateAsync_StopsAtOnceWithoutTheKey_WhenTheServerRefusesOrDoesNotKnowTheModel(Fault fault, string expected)
    {
        var key = "sk-test-" + Guid.NewGuid().ToString("N");
        using var server = new FakeChatServer(_ => fault);
        using var memory = TranslationMemory.InMemory();

        var exception = await Assert.ThrowsAsync<TranslationAbortedException>(() =>
            BookTranslator.TranslateAsync(TestBooks.Make(3, 10), Options(server, key) with { Concurrency = 1 }, memory, null, TestContext.Current.CancellationToken));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(key, exception.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, server.RequestCount);
    }

    [Fact]
    public async Task TranslateAsync_KeepsTheKeyOutOfTheMessage_WhenTheServerEchoesAWrongKey()
    {
        var key = "sk-test-" + Guid.NewGuid().ToString("N");
        using var server = new FakeChatServer(requiredKey: "sk-test-the-right-one");
        using var memory = TranslationMemory.InMemory();

        var exception = await Assert.ThrowsAsync<TranslationAbortedException>(() =>
            BookTranslator.TranslateAsync(TestBooks.Make(1, 3), Options(server, key), memory, null, TestContext.Current.CancellationToken));

        Assert.Contains("[redacted]", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(key, exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranslateAsync_WaitsAsLongAsRetryAfterAsks_WhenRateLimited()
    {
        var first = true;
        using var server = new FakeChatServer(_ =>
        {
            var fault = first ? Fault.TooManyRequests : Fault.None;
            first = false;
            return fault;
        });
        using var memory = TranslationMemory.InMemory();
        var options = Options(server) with { Concurrency = 1, TranslateTitles = false };

        var result = await BookTranslator.TranslateAsync(TestBooks.Make(1, 4), options, memory, null, TestContext.Current.CancellationToken);

        var requests = server.Requests;
        Assert.Equal(2, requests.Count);
        Assert.Equal(requests[0].Body, requests[1].Body);
        Assert.True(requests[1].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromSeconds(0.95), $"retried after {requests[1].ReceivedAt - requests[0].ReceivedAt}");
        Assert.Equal(0, result.Report.Remaining);
    }

    [Fact]
    public async Task TranslateAsync_WaitsOutALongRateLimit_BeyondTheAttemptsAllowedForFailures()
    {
        var limited = 0;
        using var server = new FakeChatServer(_ => Interlocked.Increment(ref limited) <= 5 ? Fault.TooManyRequestsWithoutDelay : Fault.None);
        using var memory = TranslationMemory.InMemory();
        var options = Options(server) with { Concurrency = 1, MaxAttempts = 3, TranslateTitles = false };

        var result = await BookTranslator.TranslateAsync(TestBooks.Make(1, 4), options, memory, null, TestContext.Current.CancellationToken);

        Assert.Equal(0, result.Report.Remaining);
        Assert.Equal(6, server.RequestCount);
    }

    [Fact]
    public async Task TranslateAsync_GivesUpWithAClearMessage_WhenTheServerKeepsFailing()
    {
        using var server = new FakeChatServer(_ => Fault.ServerError);
        using var memory = TranslationMemory.InMemory();

        var exception = await Assert.ThrowsAsync<TranslationAbortedException>(() =>
            BookTranslator.TranslateAsync(TestBooks.Make(1, 3), Options(server) with { Concurrency = 1, MaxAttempts = 3 }, memory, null, TestContext.Current.CancellationToken));

        Assert.Contains("kept failing after 3 attempts", exception.Message, StringComparison.Ordinal);
        Assert.Contains("HTTP 500", exception.Message, StringComparison.Ordinal);
        Assert.Equal(3, server.RequestCount);
    }

    [Fact]
    public async Task TranslateAsync_SendsOnlyTheGlossaryTermsABatchContains_AndWarnsWhenATranslationMissesOne()
    {
        using var server = new FakeChatServer(_ => Fault.SkipGlossary);
        var book = TestBooks.Make(chapters: 3, paragraphsPerChapter: 10);
        var options = Options(server) with { BatchCharacters = 200 };
        using var memory = TranslationMemory.InMemory();
        var progress = new RecordingProgressSink();

        var result = await BookTranslator.TranslateAsync(book, options, memory, progress, TestContext.Current.CancellationToken);

        Assert.All(server.Requests, r => Assert.Equal(
            r.Paragraphs.Any(p => p.Contains(TestBooks.Hero, StringComparison.Ordinal)),
            r.Glossary.ContainsKey(TestBooks.Hero)));
        Assert.Contains(server.Requests, r => r.Glossary.ContainsKey(TestBooks.Hero));
        Assert.DoesNotContain(server.Requests, r => r.Glossary.ContainsKey("付院长"));
        var heroParagraphs = book.Chapters.SelectMany(c => c.OriginalParagraphs).Count(p => p.Text.Contains(TestBooks.Hero, StringComparison.Ordinal));
        Assert.Equal(heroParagraphs, result.Report.GlossaryMisses.Count);
        Assert.All(result.Report.GlossaryMisses, m => Assert.Equal("Meng Fanqi", m.Expected));
        Assert.Contains(progress.Lines, l => l.StartsWith("warning: glossary:", StringComparison.Ordinal));
        Assert.Equal(0, result.Report.Remaining);
    }

    [Fact]
    public async Task TranslateAsync_SendsTheChapterTitleAndTheThreeParagraphsBefore_AsContext()
    {
        using var server = new FakeChatServer();
        var book = TestBooks.Make(chapters: 2, paragraphsPerChapter: 20);
        using var memory = TranslationMemory.InMemory();

        await BookTranslator.TranslateAsync(book, Options(server) with { BatchCharacters = 150 }, memory, null, TestContext.Current.CancellationToken);

        var paragraphBatches = server.Requests.Where(r => r.Chapter is not null).ToList();
        Assert.True(paragraphBatches.Count > 4);
        foreach (var request in paragraphBatches)
        {
            var chapter = book.Chapters.Single(c => c.Title == request.Chapter);
            var originals = chapter.OriginalParagraphs.Select(p => p.Text).ToList();
            var first = originals.IndexOf(request.Paragraphs[0]);
            Assert.True(first >= 0, "a batch holds a paragraph of another chapter");
            Assert.Equal(originals.Skip(Math.Max(0, first - 3)).Take(Math.Min(3, first)), request.Context);
        }

        var titles = Assert.Single(server.Requests, r => r.Chapter is null);
        Assert.Equal(book.Chapters.Select(c => c.Title), titles.Paragraphs);
        Assert.Empty(titles.Context);
    }

    [Fact]
    public async Task TranslateAsync_StopsAskingForJsonFormat_WhenTheServerRejectsIt()
    {
        using var server = new FakeChatServer(_ => Fault.RejectResponseFormat);
        using var memory = TranslationMemory.InMemory();
        var options = Options(server) with { Concurrency = 1, BatchCharacters = 200 };
        var book = TestBooks.Make(2, 10);

        var result = await BookTranslator.TranslateAsync(book, options, memory, null, TestContext.Current.CancellationToken);

        TestBooks.AssertFullyAndCorrectlyTranslated(result.Book, TestBooks.Glossary);
        var requests = server.Requests;
        Assert.True(requests[0].AsksForJson);
        Assert.All(requests.Skip(1), r => Assert.False(r.AsksForJson));
        using var empty = TranslationMemory.InMemory();
        Assert.Equal(BookTranslator.Plan(book, empty, options).Requests + 1, requests.Count);
    }

    [Fact]
    public async Task ApplyMemory_AttachesWhatTheMemoryHolds_WithoutAServer()
    {
        using var folder = new TempDirectory();
        var book = TestBooks.Make(chapters: 2, paragraphsPerChapter: 6);
        var path = TranslationMemory.DefaultPath(folder.Path);
        TranslatorOptions options;
        using (var server = new FakeChatServer())
        using (var memory = TranslationMemory.Open(path))
        {
            options = Options(server);
            await BookTranslator.TranslateAsync(book, options, memory, null, TestContext.Current.CancellationToken);
        }

        using var reopened = TranslationMemory.Open(path);
        var filled = BookTranslator.ApplyMemory(book, reopened, options);
        TestBooks.AssertFullyAndCorrectlyTranslated(filled.Book, TestBooks.Glossary);
        Assert.Equal(0, filled.Report.Remaining);

        // Another model's memory is another memory: nothing is attached.
        var other = BookTranslator.ApplyMemory(book, reopened, options with { Model = "another-model" });
        Assert.Equal(other.Report.Untranslated - other.Report.Copied, other.Report.Remaining);
        Assert.True(other.Book.Chapters[0].Pairs[0].IsUntranslated);

        // A build that names no model takes whatever model made the translation; a different glossary still misses.
        var anyModel = BookTranslator.ApplyMemory(book, reopened, model: null, TestBooks.Glossary);
        TestBooks.AssertFullyAndCorrectlyTranslated(anyModel.Book, TestBooks.Glossary);
        var noGlossary = BookTranslator.ApplyMemory(book, reopened, model: null);
        var heroParagraphs = book.Chapters.SelectMany(c => c.OriginalParagraphs).Count(p => p.Text.Contains(TestBooks.Hero, StringComparison.Ordinal));
        Assert.Equal(heroParagraphs, noGlossary.Report.Remaining);
    }

    [Fact]
    public async Task TranslateAsync_ResumesWithoutResendingWhatWasKept_AfterARunIsStoppedPartWayAndItsLastLineCutOff()
    {
        using var folder = new TempDirectory();
        var book = TestBooks.Make(chapters: 6, paragraphsPerChapter: 30);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var good = 0;
        using var server = new FakeChatServer { AfterGoodReply = _ => { if (Interlocked.Increment(ref good) == 5) stop.Cancel(); } };
        var options = Options(server) with { BatchCharacters = 300 };
        var path = TranslationMemory.DefaultPath(folder.Path);

        using (var memory = TranslationMemory.Open(path))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => BookTranslator.TranslateAsync(book, options, memory, null, stop.Token));
        }

        // As if the process had been killed in the middle of writing its last line.
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 0);
        File.WriteAllBytes(path, bytes[..(bytes.Length - 20)]);
        var firstRun = server.RequestCount;

        using (var memory = TranslationMemory.Open(path))
        {
            Assert.Single(memory.Warnings);
            var kept = BookTranslator.ApplyMemory(book, memory, options).Book;
            var keptTexts = kept.Chapters.SelectMany(c => c.Pairs).Where(p => !p.IsUntranslated).Select(p => p.Original[0].Text)
                .Concat(kept.Chapters.Where(c => c.TranslatedTitle is not null).Select(c => c.Title)).ToHashSet();
            Assert.NotEmpty(keptTexts);

            var resumed = await BookTranslator.TranslateAsync(book, options, memory, null, TestContext.Current.CancellationToken);

            TestBooks.AssertFullyAndCorrectlyTranslated(resumed.Book, TestBooks.Glossary);
            var resent = server.Requests.Skip(firstRun).SelectMany(r => r.Paragraphs).ToList();
            Assert.DoesNotContain(resent, keptTexts.Contains);
            Assert.Equal(resent.Count, resent.Distinct().Count());
        }

        using (var memory = TranslationMemory.Open(path))
        {
            // The cut-off line stays in the file, now in the middle, and is skipped; every later line is whole.
            Assert.Single(memory.Warnings);
            TestBooks.AssertFullyAndCorrectlyTranslated(BookTranslator.ApplyMemory(book, memory, options).Book, TestBooks.Glossary);
        }
    }

    internal static TranslatorOptions Options(FakeChatServer server, string? key = null) => new()
    {
        BaseUrl = server.BaseUrl,
        Model = "fake-model",
        ApiKey = key,
        Glossary = TestBooks.Glossary,
        RetryBaseDelay = TimeSpan.FromMilliseconds(20),
        MaxRetryDelay = TimeSpan.FromSeconds(3),
        RequestTimeout = TimeSpan.FromSeconds(10),
    };
}
