using System.Buffers;

namespace Novel.Cleaning;

/// <summary>
/// Finds, in one pass over a (width-folded) line, which rules' triggers it holds. A vectorised search for the
/// characters any trigger starts with (in every case the ordinal case-insensitive comparison equates) finds the few
/// places worth a look; only there are the triggers that start with that character compared. This replaces one
/// case-insensitive multi-string search a rule, which cost more than the rules themselves on story lines.
/// </summary>
internal sealed class TriggerScanner
{
    private readonly SearchValues<char> _firstChars;
    private readonly Dictionary<char, Candidate[]> _byFirstChar;

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

        _byFirstChar = [];
        foreach (var (first, list) in byFirst)
        {
            foreach (var variant in CaseVariants(first))
            {
                _byFirstChar[variant] = _byFirstChar.TryGetValue(variant, out var more) ? [.. more, .. list] : [.. list];
            }
        }

        _firstChars = SearchValues.Create([.. _byFirstChar.Keys]);
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
        var offset = 0;
        while (true)
        {
            var at = line[offset..].IndexOfAny(_firstChars);
            if (at < 0)
            {
                return any;
            }

            offset += at;
            var rest = line[offset..];
            foreach (var candidate in _byFirstChar[line[offset]])
            {
                if (rest.StartsWith(candidate.Trigger, StringComparison.OrdinalIgnoreCase))
                {
                    any = true;
                    foreach (var rule in candidate.Rules)
                    {
                        hits[rule] = true;
                    }
                }
            }

            offset++;
        }
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

        var uncased = first < 0x80 || IsUncasedScript(first)
            || (!char.IsLetter(first) && char.ToLowerInvariant(first) == first && char.ToUpperInvariant(first) == first);
        return uncased ? [first] : PlaneVariants(first);
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

    private sealed record Candidate(string Trigger, int[] Rules);
}
