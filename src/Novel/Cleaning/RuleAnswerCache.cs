using System.Collections.Concurrent;

namespace Novel.Cleaning;

/// <summary>
/// What the rules answered for each (width-folded) line text already seen in one book. Boilerplate repeats verbatim
/// chapter after chapter, and the regexes a trigger lets through cost far more than a lookup, so each distinct text
/// is matched once. Only short texts that hold a trigger are kept: story lines that hold none are answered without
/// regexes anyway, and a long line is story that merely holds a trigger, seen once (storing every such line only made
/// the threads wait for each other). Safe to share between the threads cleaning one book.
/// </summary>
internal sealed class RuleAnswerCache
{
    /// <summary>The longest text remembered: boilerplate lines are short.</summary>
    public const int MaxTextLength = 80;

    private const int InitialCapacity = 1024;
    private static readonly int Concurrency = Environment.ProcessorCount * 4;

    /// <summary>The first line rule each text matched, or null.</summary>
    public ConcurrentDictionary<string, CleaningRule?> LineRules { get; } = new(Concurrency, InitialCapacity, StringComparer.Ordinal);

    /// <summary>The merged inline cuts of each text, or null when none matched (never changed once stored).</summary>
    public ConcurrentDictionary<string, List<InlineCut>?> Cuts { get; } = new(Concurrency, InitialCapacity, StringComparer.Ordinal);

    /// <summary>The first note rule each text matched, or null.</summary>
    public ConcurrentDictionary<string, CleaningRule?> Notes { get; } = new(Concurrency, InitialCapacity, StringComparer.Ordinal);
}
