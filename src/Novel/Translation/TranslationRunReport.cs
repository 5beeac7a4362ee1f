namespace Novel.Translation;

/// <summary>What a translation run did. Counts are of paragraphs (and chapter titles) in the book.</summary>
public sealed record TranslationRunReport
{
    /// <summary>Paragraphs and titles that had no translation when the run began.</summary>
    public int Untranslated { get; init; }

    /// <summary>How many of them got a translation from this run's requests.</summary>
    public int Translated { get; init; }

    /// <summary>How many got a translation from the translation memory, without a request.</summary>
    public int FromMemory { get; init; }

    /// <summary>How many hold no Chinese (punctuation, numbers, Latin text) and were copied as they are.</summary>
    public int Copied { get; init; }

    /// <summary>How many are still without a translation (failed, or not sent in a memory-only fill).</summary>
    public int Remaining { get; init; }

    /// <summary>HTTP requests sent, retries included.</summary>
    public int RequestsSent { get; init; }

    /// <summary>Replies that arrived but were rejected (missing or extra ids, Chinese left in, an echo, bad JSON).</summary>
    public int RejectedReplies { get; init; }

    /// <summary>Paragraphs that could not be translated even on their own.</summary>
    public IReadOnlyList<TranslationFailure> Failures { get; init; } = [];

    /// <summary>Translations that do not use the glossary's English for a term (warnings).</summary>
    public IReadOnlyList<GlossaryMiss> GlossaryMisses { get; init; } = [];

    /// <summary>Other warnings, such as damaged lines skipped in the translation memory.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
