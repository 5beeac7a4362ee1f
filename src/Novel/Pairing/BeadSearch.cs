using Novel.Alignment;

namespace Novel.Pairing;

/// <summary>What the bead search found for a chapter: its beads, and how much better they align than a scramble.</summary>
/// <param name="Beads">The beads, in order.</param>
/// <param name="Contrast">
/// How much better the beads' two sides agree word for word (by dictionary) than those of aligning the translation
/// scrambled; positive infinity for a one-to-one pairing, which needs no such check. A translation of some other text
/// agrees about as badly scrambled.
/// </param>
internal sealed record BeadSearch(IReadOnlyList<AlignmentBead> Beads, double Contrast);
