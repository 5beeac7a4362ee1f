namespace Novel.Alignment;

/// <summary>
/// Scores an alignment against a gold one by strict bead F1: a predicted bead counts only when a gold bead has
/// exactly the same source and target units. One-sided beads count too, as in the usual evaluation of
/// Chinese-English literary alignment.
/// </summary>
public static class AlignmentScorer
{
    /// <summary>Scores <paramref name="predicted"/> against <paramref name="gold"/>.</summary>
    public static AlignmentScore Score(IReadOnlyList<AlignmentBead> predicted, IReadOnlyList<AlignmentBead> gold)
    {
        var goldKeys = gold.Select(BeadFormat.Format).ToHashSet(StringComparer.Ordinal);
        var correct = predicted.Select(BeadFormat.Format).Distinct(StringComparer.Ordinal).Count(goldKeys.Contains);
        var precision = predicted.Count == 0 ? 0 : (double)correct / predicted.Count;
        var recall = gold.Count == 0 ? 0 : (double)correct / gold.Count;
        return new AlignmentScore(precision, recall, correct, predicted.Count, gold.Count);
    }

    /// <summary>Scores several documents together (micro-averaged over all their beads).</summary>
    public static AlignmentScore ScoreAll(IEnumerable<(IReadOnlyList<AlignmentBead> Predicted, IReadOnlyList<AlignmentBead> Gold)> documents)
    {
        int correct = 0, predicted = 0, gold = 0;
        foreach (var (p, g) in documents)
        {
            var score = Score(p, g);
            correct += score.Correct;
            predicted += score.Predicted;
            gold += score.Gold;
        }

        return new AlignmentScore(predicted == 0 ? 0 : (double)correct / predicted, gold == 0 ? 0 : (double)correct / gold, correct, predicted, gold);
    }
}
