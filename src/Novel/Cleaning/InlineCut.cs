namespace Novel.Cleaning;

/// <summary>A span an inline rule cuts out of a line.</summary>
/// <param name="Start">The first character cut.</param>
/// <param name="Length">How many characters are cut.</param>
/// <param name="Rule">The rule that matched.</param>
internal sealed record InlineCut(int Start, int Length, CleaningRule Rule)
{
    /// <summary>Sorts the cuts and merges overlapping ones; a merged cut keeps the rule of the one that starts first.</summary>
    public static List<InlineCut> Merge(List<InlineCut> cuts)
    {
        cuts.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var merged = new List<InlineCut>(cuts.Count);
        foreach (var cut in cuts)
        {
            if (merged.Count > 0 && cut.Start <= merged[^1].Start + merged[^1].Length)
            {
                var last = merged[^1];
                var end = Math.Max(last.Start + last.Length, cut.Start + cut.Length);
                merged[^1] = last with { Length = end - last.Start };
            }
            else
            {
                merged.Add(cut);
            }
        }

        return merged;
    }
}
