using Novel.Alignment;
using Novel.Model;

namespace Novel.Pairing;

/// <summary>
/// Pairs a chapter's original paragraphs with its translation's. Equal counts whose lengths plainly fit pair by pair
/// (<see cref="OneToOneEvidence"/>), or that score well under the aligner's model, pair one to one; otherwise <see cref="ParagraphAligner"/> finds merges, splits, omissions and additions. Every pair carries a
/// confidence, and a chapter that cannot be trusted is flagged rather than silently mispaired.
/// </summary>
public static class TranslationPairer
{
    private const double OneToOneFloor = 0.9;

    /// <summary>Pairs <paramref name="original"/> with <paramref name="translation"/>.</summary>
    public static PairingResult Pair(IReadOnlyList<Paragraph> original, IReadOnlyList<Paragraph> translation, PairingOptions options)
    {
        if (original.Count == 0 || translation.Count == 0)
        {
            var lone = original.Select(p => new ParagraphPair([p], [], 1.0))
                .Concat(translation.Select(p => new ParagraphPair([], [p], 1.0)))
                .ToList();
            return new PairingResult(lone, 1.0, false, []);
        }

        var beads = Beads(original.Select(p => p.Text).ToList(), translation.Select(p => p.Text).ToList(), options);
        return FromBeads(original, translation, beads, options);
    }

    /// <summary>The beads <see cref="Pair"/> finds for two non-empty lists of paragraph texts; a function of the texts and options alone.</summary>
    internal static BeadSearch Beads(List<string> source, List<string> target, PairingOptions options)
    {
        // Most chapters of a web novel are translated paragraph for paragraph: their lengths say so at a glance.
        if (OneToOneEvidence.Accept(source, target) is { } evident)
        {
            return new BeadSearch(evident, double.PositiveInfinity);
        }

        var aligner = new ParagraphAligner(new AlignerOptions { Glossary = options.Glossary });
        var oneToOne = OneToOne(aligner, source, target, options);
        if (oneToOne is not null)
        {
            return new BeadSearch(oneToOne, double.PositiveInfinity);
        }

        var beads = aligner.Align(source, target);
        return new BeadSearch(beads, beads.Average(b => b.Confidence) - ShuffledMean(aligner, source, target));
    }

    /// <summary>The pairing result made of beads over non-empty <paramref name="original"/> and <paramref name="translation"/>.</summary>
    internal static PairingResult FromBeads(IReadOnlyList<Paragraph> original, IReadOnlyList<Paragraph> translation, BeadSearch search, PairingOptions options)
    {
        var beads = search.Beads;
        var pairs = beads
            .Select(b => new ParagraphPair(b.Source.Select(i => original[i]).ToList(), b.Target.Select(j => translation[j]).ToList(), b.Confidence))
            .ToList();
        var low = pairs.Where(p => p.Confidence < options.LowConfidence).ToList();
        var mean = pairs.Average(p => p.Confidence);
        var misaligned = mean < options.MinimumMeanConfidence
            || (double)low.Count / pairs.Count > options.MaximumLowConfidenceShare
            || search.Contrast < options.MinimumContrast;
        return new PairingResult(pairs, mean, misaligned, low);
    }

    // The mean confidence of aligning the original with the translation's paragraphs in a scrambled order. A real
    // translation follows the original's order, so it must align clearly better than its own scramble; a translation
    // of some other text aligns about as well either way, whatever its lengths.
    private static double ShuffledMean(ParagraphAligner aligner, List<string> source, List<string> target)
    {
        var scrambled = target.Select((t, i) => (t, Key: (i * 7919L) % 104729)).OrderBy(p => p.Key).Select(p => p.t).ToList();
        return aligner.Align(source, scrambled).Average(b => b.Confidence);
    }

    // The one-to-one pairing when the counts agree and every pair scores well; null otherwise.
    private static IReadOnlyList<AlignmentBead>? OneToOne(ParagraphAligner aligner, List<string> source, List<string> target, PairingOptions options)
    {
        if (source.Count != target.Count)
        {
            return null;
        }

        var diagonal = Enumerable.Range(0, source.Count).Select(i => new AlignmentBead([i], [i], 1.0)).ToList();
        var scored = aligner.Score(source, target, diagonal);
        if (scored.Average(b => b.Confidence) < options.OneToOneMeanConfidence || scored.Any(b => b.Confidence < options.LowConfidence))
        {
            return null;
        }

        // Equal counts that also agree in length and anchors: the counts themselves are strong evidence.
        return scored.Select(b => b with { Confidence = Math.Max(b.Confidence, OneToOneFloor) }).ToList();
    }
}
