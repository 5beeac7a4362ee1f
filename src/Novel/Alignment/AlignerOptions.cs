namespace Novel.Alignment;

/// <summary>What the aligner may use beyond the two texts.</summary>
public sealed record AlignerOptions
{
    /// <summary>Known translations of terms, original → translation (for example 孟繁岐 → Meng Fanqi).</summary>
    public IReadOnlyDictionary<string, string> Glossary { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// When true (the default), a first alignment teaches the aligner which original characters and translated
    /// words travel together in this text (names above all), and a second alignment uses them as anchors.
    /// </summary>
    public bool LearnLexicon { get; init; } = true;

    /// <summary>
    /// A machine translation of each source unit, in order, into the target's language (English), or null. When
    /// given, a bead also scores by how many words its target shares with the machine translation of its source, as
    /// Bleualign does; this separates sentences that lengths and the dictionary cannot.
    /// </summary>
    public IReadOnlyList<string>? MachineTranslation { get; init; }
}
