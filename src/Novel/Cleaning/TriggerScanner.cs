namespace Novel.Cleaning;

/// <summary>
/// Finds, in one pass over a (width-folded) line, which rules' triggers it holds. A table over every character says
/// whether any trigger starts with it (in every case the ordinal case-insensitive comparison equates); only there are
/// the triggers that start with that character compared. This replaces one case-insensitive multi-string search a
/// rule, which cost more than the rules themselves on story lines.
/// </summary>
internal sealed class TriggerScanner
{
    /// <summary>For each character, 1 + the index in <see cref="_candidates"/> of the triggers it starts; 0 when none.</summary>
    private readonly ushort[] _slots = new ushort[char.MaxValue + 1];
    private readonly Candidate[][] _candidates;

    /// <summary>Indexes the triggers of <paramref name="rules"/>; a hit is reported by the rule's index in that list.</summary>
    public TriggerScanner(IReadOnlyList<CleaningRule> rules)
    {
        var triggers = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var index = 0; index < rules.Count; index++)
        {
            foreach (var trigger in rules[index].Triggers)
            {
                if (!triggers.TryGetValue(trigger, out var owners))
                {
                    triggers[trigger] = owners = [];
                }

                owners.Add(index);
            }
        }

        var byFirst = new Dictionary<char, List<Candidate>>();
        foreach (var (trigger, owners) in triggers)
        {
            if (!byFirst.TryGetValue(trigger[0], out var list))
            {
                byFirst[trigger[0]] = list = [];
            }

            list.Add(new Candidate(trigger, [.. owners]));
        }

        var byFirstChar = new Dictionary<char, Candidate[]>();
        foreach (var (first, list) in byFirst)
        {
            foreach (var variant in CaseVariants(first))
            {
                byFirstChar[variant] = byFirstChar.TryGetValue(variant, out var more) ? [.. more, .. list] : [.. list];
            }
        }

        var candidates = new List<Candidate[]>();
        foreach (var (c, list) in byFirstChar)
        {
            candidates.Add(list);
            _slots[c] = (ushort)candidates.Count;
        }

        _candidates = [.. candidates];

        RuleCount = rules.Count;
    }

    /// <summary>How many rules the hits are indexed over.</summary>
    public int RuleCount { get; }

    /// <summary>
    /// Marks in <paramref name="hits"/> (one entry a rule, cleared first) each rule one of whose triggers the line
    /// holds, compared ordinally ignoring case; returns true when any did.
    /// </summary>
    public bool Scan(ReadOnlySpan<char> line, Span<bool> hits)
    {
        hits.Clear();
        var any = false;
        for (var at = 0; at < line.Length; at++)
        {
            var slot = _slots[line[at]];
            if (slot == 0)
            {
                continue;
            }

            var rest = line[at..];
            foreach (var candidate in _candidates[slot - 1])
            {
                if (candidate.IsStartOf(rest))
                {
                    any = true;
                    foreach (var rule in candidate.Rules)
                    {
                        hits[rule] = true;
                    }
                }
            }
        }

        return any;
    }

    /// <summary>
    /// Every character that ordinal case-insensitive comparison equates with <paramref name="first"/>. An ASCII letter
    /// matches only its two cases, and a character without case (a hanzi, a digit, punctuation) only itself; for any
    /// other the whole plane is searched.
    /// </summary>
    private static IEnumerable<char> CaseVariants(char first)
    {
        if (char.IsAsciiLetter(first))
        {
            return [char.ToUpperInvariant(first), char.ToLowerInvariant(first)];
        }

        if (!HasCase(first))
        {
            return [first];
        }

        // Half of a surrogate pair: its pair's case cannot be judged from it alone, so every such half is a candidate.
        return char.IsHighSurrogate(first) ? Range('\uD800', '\uDBFF') : char.IsLowSurrogate(first) ? Range('\uDC00', '\uDFFF') : PlaneVariants(first);
    }

    /// <summary>
    /// False for a character that ordinal case-insensitive comparison equates only with itself: ASCII other than
    /// letters, CJK ideographs, kana and hangul, and any other non-letter without case mappings.
    /// </summary>
    private static bool HasCase(char c) =>
        c < 0x80 ? char.IsAsciiLetter(c)
        : !IsUncasedScript(c) && (char.IsSurrogate(c) || char.IsLetter(c) || char.ToLowerInvariant(c) != c || char.ToUpperInvariant(c) != c);

    private static IEnumerable<char> Range(char from, char to)
    {
        for (var c = from; c <= to; c++)
        {
            yield return c;
        }
    }

    private static IEnumerable<char> PlaneVariants(char first)
    {
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            if (!char.IsSurrogate(c) && MemoryExtensions.Equals([c], [first], StringComparison.OrdinalIgnoreCase))
            {
                yield return c;
            }
        }
    }

    /// <summary>CJK ideographs, kana and hangul: letters with no case.</summary>
    private static bool IsUncasedScript(char c) => c is >= '\u2E80' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>A trigger and the rules it belongs to; one without case is compared ordinally, which is the same and faster.</summary>
    private sealed record Candidate(string Trigger, int[] Rules)
    {
        private readonly bool _cased = Trigger.Any(HasCase);

        /// <summary>True when the text starts with the trigger, ignoring case; a second character that differs says no at once.</summary>
        public bool IsStartOf(ReadOnlySpan<char> text) => _cased
            ? text.StartsWith(Trigger, StringComparison.OrdinalIgnoreCase)
            : text.Length >= Trigger.Length && (Trigger.Length == 1 || text[1] == Trigger[1]) && text.StartsWith(Trigger, StringComparison.Ordinal);
    }
}
