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
}
