using Novel.Model;

namespace Novel.Pairing;

/// <summary>A chapter's paragraphs paired with their translation, and how far the pairing can be trusted.</summary>
/// <param name="Pairs">The beads in reading order: merged paragraphs share a pair, untranslated ones have an empty
/// translation, translator's additions an empty original.</param>
/// <param name="Confidence">The mean confidence of the pairs, from 0 to 1.</param>
/// <param name="Misaligned">True when the pairing should not be trusted (the build reports it; <c>--strict</c> fails).</param>
/// <param name="LowConfidenceBeads">The pairs whose confidence is below the threshold, to report with their locations.</param>
public sealed record PairingResult(IReadOnlyList<ParagraphPair> Pairs, double Confidence, bool Misaligned, IReadOnlyList<ParagraphPair> LowConfidenceBeads);
