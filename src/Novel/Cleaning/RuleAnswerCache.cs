using System.Collections.Concurrent;

namespace Novel.Cleaning;

/// <summary>
/// What the rules answered for each (width-folded) line text already seen in one book. Boilerplate repeats verbatim
/// chapter after chapter, and the regexes a trigger lets through cost far more than a lookup, so each distinct text
/// is matched once. Only texts that hold a trigger are kept: story lines that hold none are answered without regexes
/// anyway. Safe to share between the threads cleaning one book.
/// </summary>
internal sealed class RuleAnswerCache
{
    /// <summary>The first line rule each text matched, or null.</summary>
    public ConcurrentDictionary<string, CleaningRule?> LineRules { get; } = new(StringComparer.Ordinal);

    /// <summary>The merged inline cuts of each text, or null when none matched (never changed once stored).</summary>
    public ConcurrentDictionary<string, List<InlineCut>?> Cuts { get; } = new(StringComparer.Ordinal);

    /// <summary>The first note rule each text matched, or null.</summary>
    public ConcurrentDictionary<string, CleaningRule?> Notes { get; } = new(StringComparer.Ordinal);
}
