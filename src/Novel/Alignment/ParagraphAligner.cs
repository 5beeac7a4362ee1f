namespace Novel.Alignment;

/// <summary>
/// Aligns the units (paragraphs or sentences) of an original with those of its translation, allowing merges,
/// splits, omissions and additions (beads 1-1, 1-2, 2-1, 1-0, 0-1, 2-2, 1-3, 3-1, 1-4, 4-1). Each bead is scored by a
/// length model learned from the input and by anchors that survive translation; the search is banded, so time
/// and memory grow linearly with the length of the text.
/// </summary>
public sealed class ParagraphAligner(AlignerOptions? options = null)
{
    private readonly AlignerOptions _options = options ?? new AlignerOptions();

    /// <summary>Aligns <paramref name="source"/> units (the original) with <paramref name="target"/> units (the translation).</summary>
    public IReadOnlyList<AlignmentBead> Align(IReadOnlyList<string> source, IReadOnlyList<string> target)
    {
        var model = AlignmentModel.Build(source, target, _options.Glossary);
        var aligner = new BandedAligner(BeadShape.Standard);
        var first = aligner.Align(model.SourceLengths, model.TargetLengths, model.Cost);
        model = model.Refit(first, source, target, _options);
        var second = aligner.Refine(first, source.Count, target.Count, model.Cost);
        return second.Select(span => span.ToBead(model.Confidence(span))).ToList();
    }

    /// <summary>Scores given beads (for example a one-to-one pairing) with the same model, filling in their confidence.</summary>
    public IReadOnlyList<AlignmentBead> Score(IReadOnlyList<string> source, IReadOnlyList<string> target, IReadOnlyList<AlignmentBead> beads)
    {
        var model = AlignmentModel.Build(source, target, _options.Glossary);
        var spans = beads.Select(Span).ToList();
        model = model.Refit(spans, source, target, _options);
        return spans.Select(span => span.ToBead(model.Confidence(span))).ToList();
    }

    private static BeadSpan Span(AlignmentBead bead) =>
        new(bead.Source.Count > 0 ? bead.Source[0] : 0, bead.Target.Count > 0 ? bead.Target[0] : 0, bead.Shape);
}
