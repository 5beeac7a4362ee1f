namespace Novel.Alignment;

/// <summary>
/// One bead of an alignment: a run of consecutive source units and the run of consecutive target units that
/// render them. Either side may be empty (an untranslated unit, or a translator's addition).
/// </summary>
/// <param name="Source">The 0-based indices of the source units, ascending and consecutive.</param>
/// <param name="Target">The 0-based indices of the target units, ascending and consecutive.</param>
/// <param name="Confidence">How sure the aligner is of this bead, from 0 to 1.</param>
public sealed record AlignmentBead(IReadOnlyList<int> Source, IReadOnlyList<int> Target, double Confidence)
{
    /// <summary>The bead's shape: how many units it takes from each side.</summary>
    public BeadShape Shape => new(Source.Count, Target.Count);

    /// <summary>Writes the bead in the <c>[i,j]:[k]</c> form of public alignment gold sets.</summary>
    public override string ToString() => BeadFormat.Format(this);

    /// <summary>True when both beads cover exactly the same units (confidence is ignored).</summary>
    public bool SameUnits(AlignmentBead other) =>
        Source.SequenceEqual(other.Source) && Target.SequenceEqual(other.Target);
}
