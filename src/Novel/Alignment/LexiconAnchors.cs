namespace Novel.Alignment;

/// <summary>
/// Adds the anchors of a learned lexicon (Chinese character pair → English stem) to units already profiled: each
/// text is scanned once and every term looked up, so that a second alignment costs no second profiling.
/// </summary>
internal static class LexiconAnchors
{
    /// <summary>The profiles with the lexicon's keys added.</summary>
    public static (UnitProfile[] Source, UnitProfile[] Target) Extend(
        UnitProfile[] source,
        UnitProfile[] target,
        IReadOnlyList<string> sourceTexts,
        IReadOnlyList<string> targetTexts,
        IReadOnlyList<(string Chinese, string English, double Weight)> lexicon,
        AnchorVocabulary vocabulary)
    {
        var chinese = new Dictionary<string, int>(StringComparer.Ordinal);
        var english = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (zh, en, weight) in lexicon)
        {
            var key = vocabulary.KeyOf("l:" + zh + "|" + en, weight, learned: true);
            chinese[zh] = key;
            english[en] = key;
        }

        var newSource = source.Select((p, i) => With(p, SourceKeys(sourceTexts[i], chinese))).ToArray();
        var newTarget = target.Select((p, j) => With(p, TargetKeys(targetTexts[j], english))).ToArray();
        return (newSource, newTarget);
    }

    private static List<int> SourceKeys(string text, Dictionary<string, int> chinese)
    {
        var keys = new List<int>();
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (LexiconLearner.IsHan(text[i]) && LexiconLearner.IsHan(text[i + 1]) && chinese.TryGetValue(text.Substring(i, 2), out var key))
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    private static List<int> TargetKeys(string text, Dictionary<string, int> english)
    {
        var keys = new List<int>();
        foreach (var term in LexiconLearner.Terms(text))
        {
            if (english.TryGetValue(term, out var key))
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    private static UnitProfile With(UnitProfile profile, List<int> added)
    {
        if (added.Count == 0)
        {
            return profile;
        }

        added.AddRange(profile.Keys);
        added.Sort();
        return profile with { Keys = added.ToArray() };
    }
}
