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
    private const double SureShift = 0.9;

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

        var beads = PreferDiagonal(aligner, source, target, aligner.Align(source, target));
        var contrast = ParagraphAligner.Agreement(source, target, beads) - ShuffledAgreement(aligner, source, target);
        if (options.MachineTranslator is { } translate && IsDoubtful(beads, contrast, options)
            && translate(source) is { } machine && machine.Count == source.Count)
        {
            var assisted = new ParagraphAligner(new AlignerOptions { Glossary = options.Glossary, MachineTranslation = machine }).Align(source, target);
            if (assisted.Average(b => b.Confidence) > beads.Average(b => b.Confidence))
            {
                beads = assisted;
            }
        }

        return new BeadSearch(beads, contrast);
    }

    /// <summary>The pairing result made of beads over non-empty <paramref name="original"/> and <paramref name="translation"/>.</summary>
    internal static PairingResult FromBeads(IReadOnlyList<Paragraph> original, IReadOnlyList<Paragraph> translation, BeadSearch search, PairingOptions options)
    {
        var beads = search.Beads;
        var pairs = beads
            .Select(b => new ParagraphPair(b.Source.Select(i => original[i]).ToList(), b.Target.Select(j => translation[j]).ToList(), b.Confidence))
            .ToList();
        var low = pairs.Where(p => p.Confidence < options.LowConfidence).ToList();
        return new PairingResult(pairs, pairs.Average(p => p.Confidence), IsDoubtful(beads, search.Contrast, options), low);
    }

    // Whether beads over a chapter should not be trusted: too few expected right, too many unsure, or no better
    // word-for-word agreement than a scramble of the translation.
    private static bool IsDoubtful(IReadOnlyList<AlignmentBead> beads, double contrast, PairingOptions options) =>
        beads.Average(b => b.Confidence) < options.MinimumMeanConfidence
        || (double)beads.Count(b => b.Confidence < options.LowConfidence) / beads.Count > options.MaximumLowConfidenceShare
        || contrast < options.MinimumContrast;

    // The word-for-word agreement of aligning the original with the translation's paragraphs in a scrambled order. A
    // real translation follows the original's order, so its beads must agree clearly better than its own scramble's;
    // a translation of some other text agrees about as badly either way, whatever its lengths.
    private static double ShuffledAgreement(ParagraphAligner aligner, List<string> source, List<string> target)
    {
        var scrambled = target.Select((t, i) => (t, Key: (i * 7919L) % 104729)).OrderBy(p => p.Key).Select(p => p.t).ToList();
        return ParagraphAligner.Agreement(source, scrambled, aligner.Align(source, scrambled));
    }

    // With equal counts, a path that only shifts the pairing (one paragraph left out here, one added there, no merges)
    // wins only when the aligner is sure of every paragraph it calls left out or added: otherwise noisy lengths alone
    // would pair a run of paragraphs with their neighbours' translations. The one-to-one pairing keeps its own
    // (low) confidence, so a doubtful chapter is still reported.
    private static IReadOnlyList<AlignmentBead> PreferDiagonal(ParagraphAligner aligner, List<string> source, List<string> target, IReadOnlyList<AlignmentBead> beads)
    {
        if (source.Count != target.Count || beads.Any(b => b.Source.Count > 1 || b.Target.Count > 1) || beads.All(b => b.Source.Count == 1 && b.Target.Count == 1))
        {
            return beads;
        }

        if (beads.Where(b => b.Source.Count == 0 || b.Target.Count == 0).All(b => b.Confidence >= SureShift))
        {
            return beads;
        }

        return aligner.Score(source, target, Enumerable.Range(0, source.Count).Select(i => new AlignmentBead([i], [i], 1.0)).ToList());
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
