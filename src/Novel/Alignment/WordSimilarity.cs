namespace Novel.Alignment;

/// <summary>
/// How well the two sides of a bead translate each other word for word: each English word of the target that the
/// source translates to is a match, and the similarity is the Dice share of matched words,
/// 2M / (source words + target words), counting only words that could match at all in this text. The source's
/// translations come from <see cref="BilingualDictionary"/> (<see cref="ByDictionary"/>) or from a machine
/// translation of each source unit (<see cref="ByMachineTranslation"/>, as Bleualign does). Matches of unit pairs
/// are computed once and cached in a window per source unit, so memory grows with the band searched, not with the
/// square of the text.
/// </summary>
internal sealed class WordSimilarity
{
    private readonly int[][] _source;
    private readonly int[][] _target;
    private readonly int[] _sourceWords;
    private readonly float[][] _cache;
    private readonly int[] _cacheStart;

    private WordSimilarity(int[][] source, int[][] target, int[] sourceWords)
    {
        _source = source;
        _target = target;
        _sourceWords = sourceWords;
        _cache = new float[source.Length][];
        _cacheStart = new int[source.Length];
    }

    /// <summary>
    /// The similarity of the English target's units to the source's machine translation, one text per source unit:
    /// the stems of both are compared directly.
    /// </summary>
    public static WordSimilarity ByMachineTranslation(IReadOnlyList<string> machine, IReadOnlyList<string> target)
    {
        var stems = new Dictionary<string, int>(StringComparer.Ordinal);
        int[] Numbers(string text) => LexiconLearner.Terms(text).Select(t => stems.TryAdd(t, stems.Count) ? stems.Count - 1 : stems[t]).ToArray();
        var targetStems = target.Select(Numbers).ToArray();
        var machineStems = machine.Select(Numbers).ToArray();
        var inTarget = targetStems.SelectMany(s => s).ToHashSet();
        var inMachine = machineStems.SelectMany(s => s).ToHashSet();
        return new WordSimilarity(
            machineStems.Select(s => s.Where(inTarget.Contains).Distinct().Order().ToArray()).ToArray(),
            targetStems.Select(s => s.Where(inMachine.Contains).Order().ToArray()).ToArray(),
            machineStems.Select(s => s.Count(inTarget.Contains)).ToArray());
    }

    /// <summary>The similarity model of two texts by dictionary, the source Chinese and the target English.</summary>
    public static WordSimilarity ByDictionary(IReadOnlyList<string> source, IReadOnlyList<string> target)
    {
        var dictionary = BilingualDictionary.Default;
        var targetStems = target.Select(t => LexiconLearner.Terms(t).Select(dictionary.StemNumber).Where(n => n >= 0).ToArray()).ToArray();
        var targetVocabulary = targetStems.SelectMany(s => s).ToHashSet();
        var sourceWords = new int[source.Count];
        var sourceStems = new int[source.Count][];
        var inSource = new HashSet<int>();
        for (var i = 0; i < source.Count; i++)
        {
            var words = dictionary.Words(source[i]);
            var stems = new List<int>();
            foreach (var word in words)
            {
                var any = false;
                foreach (var n in word)
                {
                    if (targetVocabulary.Contains(n))
                    {
                        stems.Add(n);
                        any = true;
                    }
                }

                sourceWords[i] += any ? 1 : 0;
            }

            sourceStems[i] = stems.Distinct().Order().ToArray();
            inSource.UnionWith(sourceStems[i]);
        }

        var targetKept = targetStems.Select(s => s.Where(inSource.Contains).Order().ToArray()).ToArray();
        return new WordSimilarity(sourceStems, targetKept, sourceWords);
    }

    /// <summary>The similarity of source units <c>[s, s+a)</c> and target units <c>[t, t+b)</c>, from 0 to 1.</summary>
    public double Similarity(int s, int a, int t, int b)
    {
        if (a == 0 || b == 0)
        {
            return 0;
        }

        double matches = 0, words = 0;
        for (var i = s; i < s + a; i++)
        {
            words += _sourceWords[i];
            for (var j = t; j < t + b; j++)
            {
                matches += Pair(i, j);
            }
        }

        for (var j = t; j < t + b; j++)
        {
            words += _target[j].Length;
        }

        return words == 0 ? 0 : Math.Min(1, 2 * matches / words);
    }

    // The target words of unit j that source unit i translates (cached).
    private float Pair(int i, int j)
    {
        var row = _cache[i];
        var start = _cacheStart[i];
        if (row is null || j < start || j >= start + row.Length)
        {
            var newStart = row is null ? Math.Max(0, j - 8) : Math.Min(start, Math.Max(0, j - 8));
            var newEnd = row is null ? Math.Min(_target.Length, j + 9) : Math.Max(start + row.Length, Math.Min(_target.Length, j + 9));
            var grown = new float[newEnd - newStart];
            Array.Fill(grown, float.NaN);
            if (row is not null)
            {
                Array.Copy(row, 0, grown, start - newStart, row.Length);
            }

            (_cache[i], _cacheStart[i], row, start) = (grown, newStart, grown, newStart);
        }

        var value = row[j - start];
        if (float.IsNaN(value))
        {
            value = Count(_source[i], _target[j]);
            row[j - start] = value;
        }

        return value;
    }

    // How many entries of the sorted target list occur in the sorted, distinct source list.
    private static int Count(int[] source, int[] target)
    {
        int x = 0, y = 0, count = 0;
        while (x < source.Length && y < target.Length)
        {
            if (source[x] == target[y])
            {
                count++;
                y++;
            }
            else if (source[x] < target[y])
            {
                x++;
            }
            else
            {
                y++;
            }
        }

        return count;
    }
}
