using System.Collections.Concurrent;
using System.Diagnostics;
using Novel.Model;

namespace Novel.Translation;

/// <summary>
/// The front door of machine translation: fills a book's untranslated paragraphs from an OpenAI-compatible endpoint
/// (<see cref="TranslateAsync"/>), from the translation memory alone (<see cref="ApplyMemory(Book, TranslationMemory, string?, Glossary?, bool)"/>), or says what a run
/// would send (<see cref="Plan"/>).
/// </summary>
public static class BookTranslator
{
    private const int MissesShown = 20;

    /// <summary>
    /// Translates every untranslated paragraph (and chapter title) the memory does not already have, writing each accepted
    /// batch to the memory before moving on, and returns the book with all known translations attached.
    /// </summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    /// <exception cref="TranslationAbortedException">The endpoint refused the key, does not exist, or kept failing.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled; what was translated is in the memory.</exception>
    public static async Task<TranslationResult> TranslateAsync(
        Book book,
        TranslatorOptions options,
        TranslationMemory memory,
        IProgressSink? progress = null,
        CancellationToken cancellationToken = default)
    {
        options.Validate();
        progress ??= NullProgressSink.Instance;
        foreach (var warning in memory.Warnings)
        {
            progress.Warn(warning);
        }

        var work = TranslationWorkList.Create(book, options.Model, options.Glossary, options.TranslateTitles, memory);
        var (fromMemory, copied) = work.CountKnown(ForModel(memory));
        var batches = TranslationBatcher.Create(work.Pending, work.ChapterTitles, work.ChapterParagraphs, options);
        var clock = Stopwatch.StartNew();
        var translatedKeys = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var failures = new ConcurrentBag<TranslationFailure>();

        using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), ConnectTimeout = TimeSpan.FromSeconds(30) })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        var client = new ChatCompletionClient(http, options);
        var prompt = new TranslationPrompt(book.Metadata.Language, book.Metadata.TranslationLanguage);
        var translator = new BatchTranslator(client, prompt, Accept, Fail);

        progress.Report(Progress(false));
        try
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(batches, parallel, (batch, token) => new ValueTask(translator.TranslateAsync(batch, token))).ConfigureAwait(false);
        }
        finally
        {
            progress.Report(Progress(true));
        }

        var misses = new List<GlossaryMiss>();
        var result = work.Attach(book, ForModel(memory), options.Model, misses);
        WarnAboutMisses(progress, misses);
        var translatedSlots = work.Slots.Count(s => s.Key is not null && translatedKeys.ContainsKey(s.Key));
        return new TranslationResult(result, new TranslationRunReport
        {
            Untranslated = work.Slots.Count,
            Translated = translatedSlots,
            FromMemory = fromMemory,
            Copied = copied,
            Remaining = work.Slots.Count - translatedSlots - fromMemory - copied,
            RequestsSent = client.RequestsSent,
            RejectedReplies = translator.RejectedReplies,
            Failures = failures.OrderBy(f => f.Where, StringComparer.Ordinal).ToList(),
            GlossaryMisses = misses,
            Warnings = memory.Warnings,
        });

        async Task Accept(TranslationBatch batch, IReadOnlyList<string> texts)
        {
            var entries = batch.Items.Select((item, i) => new TranslationMemoryEntry(item.Key, item.AnyModelKey, texts[i])).ToList();

            // Not cancellable: a reply that was paid for is kept.
            await memory.AppendAsync(entries, options.Model, CancellationToken.None).ConfigureAwait(false);
            foreach (var item in batch.Items)
            {
                translatedKeys[item.Key] = true;
            }

            progress.Report(Progress(false));
        }

        void Fail(TranslationItem item, string reason)
        {
            failures.Add(new TranslationFailure(item.Where, reason));
            progress.Report(Progress(false));
        }

        TranslationProgress Progress(bool final) =>
            new(work.Pending.Count, translatedKeys.Count, failures.Count, fromMemory, client.RequestsSent, clock.Elapsed, final);
    }

    /// <summary>
    /// Attaches what the translation memory already has for the options' model and glossary, sending nothing.
    /// </summary>
    public static TranslationResult ApplyMemory(Book book, TranslationMemory memory, TranslatorOptions options) =>
        ApplyMemory(book, memory, options.Model, options.Glossary, options.TranslateTitles);

    /// <summary>
    /// Attaches what the translation memory already has, sending nothing (for <c>novel build</c> without
    /// <c>--translate</c>). With a model, only that model's translations are used; with none, the latest translation
    /// of each text whatever model made it. The glossary must be the one the translations were made with.
    /// </summary>
    public static TranslationResult ApplyMemory(Book book, TranslationMemory memory, string? model, Glossary? glossary = null, bool translateTitles = true)
    {
        var work = TranslationWorkList.Create(book, model, glossary ?? Glossary.Empty, translateTitles, memory);
        var lookup = model is null ? AnyModel(memory) : ForModel(memory);
        var (fromMemory, copied) = work.CountKnown(lookup);
        var misses = new List<GlossaryMiss>();
        var result = work.Attach(book, lookup, model, misses);
        return new TranslationResult(result, new TranslationRunReport
        {
            Untranslated = work.Slots.Count,
            FromMemory = fromMemory,
            Copied = copied,
            Remaining = work.Slots.Count - fromMemory - copied,
            GlossaryMisses = misses,
            Warnings = memory.Warnings,
        });
    }

    /// <summary>Says what <see cref="TranslateAsync"/> would send if every reply were good, without sending anything.</summary>
    public static TranslationPlan Plan(Book book, TranslationMemory memory, TranslatorOptions options)
    {
        var work = TranslationWorkList.Create(book, options.Model, options.Glossary, options.TranslateTitles, memory);
        var (fromMemory, copied) = work.CountKnown(ForModel(memory));
        var batches = TranslationBatcher.Create(work.Pending, work.ChapterTitles, work.ChapterParagraphs, options);
        var prompt = new TranslationPrompt(book.Metadata.Language, book.Metadata.TranslationLanguage);
        var requestCharacters = batches.Sum(b =>
            (long)ChatCompletionClient.Body(options, prompt.System, TranslationPrompt.User(b), options.RequestJsonResponseFormat).Length);
        return new TranslationPlan(
            work.Slots.Count,
            fromMemory,
            copied,
            work.Pending.Count,
            batches.Count,
            work.Pending.Sum(i => (long)i.Source.Length),
            requestCharacters);
    }

    private static Func<TranslationSlot, string?> ForModel(TranslationMemory memory) =>
        slot => slot.Key is not null && memory.TryGet(slot.Key, out var text) ? text : null;

    private static Func<TranslationSlot, string?> AnyModel(TranslationMemory memory) =>
        slot => slot.AnyModelKey is not null && memory.TryGetAnyModel(slot.AnyModelKey, out var text) ? text : null;

    private static void WarnAboutMisses(IProgressSink progress, List<GlossaryMiss> misses)
    {
        foreach (var miss in misses.Take(MissesShown))
        {
            progress.Warn("glossary: " + miss);
        }

        if (misses.Count > MissesShown)
        {
            progress.Warn($"glossary: {misses.Count - MissesShown} more translations miss a glossary term");
        }
    }
}
