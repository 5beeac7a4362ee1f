namespace Novel.Pairing;

/// <summary>How paragraphs are paired with their translation and when a chapter counts as misaligned.</summary>
public sealed record PairingOptions
{
    /// <summary>Known translations of terms, original → translation (names above all), used as anchors.</summary>
    public IReadOnlyDictionary<string, string> Glossary { get; init; } = new Dictionary<string, string>();

    /// <summary>A bead below this confidence is reported in <see cref="PairingResult.LowConfidenceBeads"/>.</summary>
    public double LowConfidence { get; init; } = 0.3;

    /// <summary>
    /// A chapter whose mean bead confidence is below this is misaligned. Bead confidences are calibrated (a bead of
    /// confidence 0.6 is right about 60% of the time), so the mean is the expected share of right beads.
    /// </summary>
    public double MinimumMeanConfidence { get; init; } = 0.5;

    /// <summary>A chapter with a larger share of low-confidence beads than this is misaligned.</summary>
    public double MaximumLowConfidenceShare { get; init; } = 0.4;

    /// <summary>
    /// How much better (in word-for-word agreement by dictionary, from 0 to 1) the alignment must be than the
    /// alignment of the same translation in a scrambled paragraph order; below this the translation does not follow
    /// the original and the chapter is misaligned.
    /// </summary>
    public double MinimumContrast { get; init; } = 0.05;

    /// <summary>
    /// With equal paragraph counts, the one-to-one pairing is kept when its mean confidence reaches this and no
    /// pair falls below <see cref="LowConfidence"/>; otherwise the paragraphs are aligned.
    /// </summary>
    public double OneToOneMeanConfidence { get; init; } = 0.6;

    /// <summary>
    /// Translates the original's paragraphs by machine (through the translation memory, so nothing is paid twice), or
    /// null when no translator is configured. It is called only for chapters whose alignment is doubtful; their
    /// paragraphs are then aligned again with the machine translation's word overlap as evidence (as Bleualign
    /// does), and the new alignment kept when its mean confidence is higher. It may return null to decline.
    /// </summary>
    public Func<IReadOnlyList<string>, IReadOnlyList<string>?>? MachineTranslator { get; init; }
}
