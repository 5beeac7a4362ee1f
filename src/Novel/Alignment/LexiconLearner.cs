using System.Text.RegularExpressions;

namespace Novel.Alignment;

/// <summary>
/// Learns from a first alignment which Chinese character pairs and English words travel together (names above
/// all: 士隱 ↔ shih, 雨村 ↔ ts'un; then the text's own vocabulary: 卫星 ↔ satellite, 眼镜 ↔ glass), by their Dice
/// coefficient over beads, linking each term to at most one partner (competitive linking, strongest first).
/// English words are stemmed so that a word's forms count together. What it learns comes from the text being
/// aligned; nothing is fetched.
/// </summary>
internal static partial class LexiconLearner
{
    private const int MinimumCount = 3;
    private const double MinimumDice = 0.6;
    private const double Weight = 3.0;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "and", "that", "with", "for", "was", "were", "his", "her", "she", "him", "they", "them", "their",
        "you", "your", "had", "have", "has", "but", "not", "this", "these", "those", "from", "what", "which",
        "who", "whom", "there", "then", "than", "are", "been", "being", "its", "into", "upon", "our", "out", "all",
        "one", "will", "would", "could", "should", "shall", "may", "might", "must", "can", "did", "does", "how",
        "when", "where", "why", "also", "only", "very", "just", "said", "say", "over", "some", "such", "any",
        "of", "to", "in", "on", "at", "by", "as", "is", "it", "he", "we", "me", "my", "an", "or", "if", "so", "no",
        "do", "be", "up", "us", "am", "go", "i", "a", "s", "t", "ll", "re", "ve", "d", "don", "isn", "wasn", "didn",
        "now", "about", "after", "before", "again", "even", "more", "most", "own", "same", "too", "here", "while",
        "because", "until", "through", "again", "off", "down", "let", "like", "got", "get", "like", "well",
    };

    /// <summary>Learned term pairs (Chinese bigram → English stem, weight of one match), not already in the glossary.</summary>
    public static IReadOnlyList<(string Chinese, string English, double Weight)> Learn(
        IReadOnlyList<BeadSpan> path, IReadOnlyList<string> source, IReadOnlyList<string> target, IReadOnlyDictionary<string, string> glossary)
    {
        var beads = path.Where(p => !p.Shape.IsOneSided).ToList();
        if (beads.Count < 2 * MinimumCount)
        {
            return [];
        }

        var zhSets = beads.Select(p => Bigrams(Join(source, p.Source, p.Shape.Source))).ToList();
        var enSets = beads.Select(p => Words(Join(target, p.Target, p.Shape.Target))).ToList();
        var zhCount = Count(zhSets);
        var enCount = Count(enSets);
        var ceiling = Math.Max(MinimumCount, beads.Count / 5);
        var pairs = new Dictionary<(string, string), int>();
        for (var k = 0; k < beads.Count; k++)
        {
            var zh = zhSets[k].Where(z => zhCount[z] >= MinimumCount && zhCount[z] <= ceiling).ToList();
            var en = enSets[k].Where(e => enCount[e] >= MinimumCount && enCount[e] <= ceiling).ToList();
            foreach (var z in zh)
            {
                foreach (var e in en)
                {
                    pairs[(z, e)] = pairs.GetValueOrDefault((z, e)) + 1;
                }
            }
        }

        var candidates = pairs
            .Where(p => p.Value >= MinimumCount)
            .Select(p => (Zh: p.Key.Item1, En: p.Key.Item2, Dice: 2.0 * p.Value / (zhCount[p.Key.Item1] + enCount[p.Key.Item2])))
            .Where(p => p.Dice >= MinimumDice)
            .OrderByDescending(p => p.Dice)
            .ThenBy(p => p.Zh, StringComparer.Ordinal)
            .ThenBy(p => p.En, StringComparer.Ordinal);
        var usedZh = new HashSet<string>(StringComparer.Ordinal);
        var usedEn = new HashSet<string>(StringComparer.Ordinal);
        var learned = new List<(string, string, double)>();
        foreach (var (zh, en, dice) in candidates)
        {
            if (!glossary.ContainsKey(zh) && usedZh.Add(zh) && usedEn.Add(en))
            {
                learned.Add((zh, en, Weight * dice));
            }
        }

        return learned;
    }

    /// <summary>The English terms of a text: stems of its words, stop words left out.</summary>
    internal static IEnumerable<string> Terms(string text)
    {
        // Collected eagerly: a span enumerator of matches cannot live across a yield, and it allocates no Match objects.
        var terms = new List<string>();
        foreach (var m in Word().EnumerateMatches(text))
        {
            var word = text.Substring(m.Index, m.Length);
            var stem = EnglishStemmer.Stem(word);
            if (!StopWords.Contains(stem) && !StopWords.Contains(word.ToLowerInvariant()))
            {
                terms.Add(stem);
            }
        }

        return terms;
    }

    /// <summary>True for an English function word, which says nothing about alignment.</summary>
    internal static bool IsStopWord(string word) => StopWords.Contains(word);

    /// <summary>True for a CJK ideograph.</summary>
    internal static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    private static string Join(IReadOnlyList<string> units, int from, int count) =>
        count == 1 ? units[from] : string.Join(' ', Enumerable.Range(from, count).Select(i => units[i]));

    private static HashSet<string> Bigrams(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (IsHan(text[i]) && IsHan(text[i + 1]))
            {
                set.Add(text.Substring(i, 2));
            }
        }

        return set;
    }

    private static HashSet<string> Words(string text) => Terms(text).ToHashSet(StringComparer.Ordinal);

    private static Dictionary<string, int> Count(List<HashSet<string>> sets)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var set in sets)
        {
            foreach (var item in set)
            {
                counts[item] = counts.GetValueOrDefault(item) + 1;
            }
        }

        return counts;
    }

    [GeneratedRegex(@"\p{L}+(?:['’]\p{L}+)*")]
    private static partial Regex Word();
}
