namespace Novel.Alignment;

/// <summary>A bead as spans: source units <c>[Source, Source+Shape.Source)</c>, target units <c>[Target, Target+Shape.Target)</c>.</summary>
/// <param name="Source">First source unit.</param>
/// <param name="Target">First target unit.</param>
/// <param name="Shape">How many units on each side.</param>
internal readonly record struct BeadSpan(int Source, int Target, BeadShape Shape)
{
    /// <summary>The bead with explicit indices and a confidence.</summary>
    public AlignmentBead ToBead(double confidence) =>
        new(Enumerable.Range(Source, Shape.Source).ToArray(), Enumerable.Range(Target, Shape.Target).ToArray(), confidence);
}
