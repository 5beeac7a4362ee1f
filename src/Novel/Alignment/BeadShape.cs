namespace Novel.Alignment;

/// <summary>How many source and target units a bead takes: 1-1, 2-1, 1-0 and so on.</summary>
/// <param name="Source">Source units in the bead.</param>
/// <param name="Target">Target units in the bead.</param>
public readonly record struct BeadShape(int Source, int Target)
{
    /// <summary>The shapes the aligner considers, with their prior probability in literary translation.</summary>
    public static IReadOnlyList<(BeadShape Shape, double Prior)> Standard { get; } =
    [
        (new(1, 1), 0.80),
        (new(1, 2), 0.07),
        (new(2, 1), 0.07),
        (new(1, 0), 0.008),
        (new(0, 1), 0.008),
        (new(2, 2), 0.006),
        (new(1, 3), 0.01),
        (new(3, 1), 0.01),
        (new(1, 4), 0.004),
        (new(4, 1), 0.004),
        (new(2, 3), 0.002),
        (new(3, 2), 0.002),
        (new(1, 5), 0.001),
        (new(5, 1), 0.001),
    ];

    /// <summary>True for a bead with units on one side only.</summary>
    public bool IsOneSided => Source == 0 || Target == 0;

    /// <inheritdoc />
    public override string ToString() => $"{Source}-{Target}";
}
