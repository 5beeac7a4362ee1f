namespace Novel.Alignment;

/// <summary>Precision, recall and F1 of an alignment against a gold one.</summary>
/// <param name="Precision">Share of predicted beads that are gold beads.</param>
/// <param name="Recall">Share of gold beads that were predicted.</param>
/// <param name="Correct">Number of predicted beads that match a gold bead exactly.</param>
/// <param name="Predicted">Number of predicted beads.</param>
/// <param name="Gold">Number of gold beads.</param>
public sealed record AlignmentScore(double Precision, double Recall, int Correct, int Predicted, int Gold)
{
    /// <summary>The harmonic mean of precision and recall (0 when both are 0).</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <inheritdoc />
    public override string ToString() =>
        $"P={Precision:F3} R={Recall:F3} F1={F1:F3} ({Correct} of {Predicted} predicted, {Gold} gold)";
}
