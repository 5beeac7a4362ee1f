using System.Runtime.CompilerServices;
namespace Novel.Alignment;

/// <summary>
/// Everything the aligner knows of one pair of texts: the units' profiles, the length model learned from them and
/// the anchor scorer. Gives the cost of a bead and turns it into a confidence.
/// </summary>
internal sealed class AlignmentModel
{
    // A bead's cost falls by this much for each unit of dictionary similarity above what unrelated sentences reach.
    private const double DictionaryWeight = 10;
    private const double DictionaryChance = 0.1;

    private static readonly double OneToOneCost = -Math.Log(BeadShape.Standard[0].Prior);

    private readonly UnitProfile[] _source;
    private readonly UnitProfile[] _target;
    private readonly AnchorVocabulary _vocabulary;
    private readonly AnchorScorer _anchors;
    private readonly LengthModel _length;

    private readonly DictionarySimilarity _dictionary;

    private AlignmentModel(UnitProfile[] source, UnitProfile[] target, AnchorVocabulary vocabulary, LengthModel length, DictionarySimilarity dictionary)
    {
        _dictionary = dictionary;
        _source = source;
        _target = target;
        _vocabulary = vocabulary;
        _anchors = new AnchorScorer(vocabulary);
        _length = length;
        SourceLengths = source.Select(p => p.Length).ToArray();
        TargetLengths = target.Select(p => p.Length).ToArray();
    }

    /// <summary>The source units' lengths.</summary>
    public double[] SourceLengths { get; }

    /// <summary>The target units' lengths.</summary>
    public double[] TargetLengths { get; }

    /// <summary>Profiles both texts and learns the length ratio from their totals.</summary>
    public static AlignmentModel Build(IReadOnlyList<string> source, IReadOnlyList<string> target, IReadOnlyDictionary<string, string> glossary)
    {
        var extractor = new AnchorExtractor(glossary);
        var sourceProfiles = source.Select(extractor.Source).ToArray();
        var targetProfiles = target.Select(extractor.Target).ToArray();
        return new AlignmentModel(
            sourceProfiles,
            targetProfiles,
            extractor.Vocabulary,
            LengthModel.FromTotals(sourceProfiles.Select(p => p.Length).ToList(), targetProfiles.Select(p => p.Length).ToList()),
            DictionarySimilarity.Build(source, target));
    }

    /// <summary>
    /// The model refined by a first alignment: the length variance re-estimated from its one-to-one beads and,
    /// when asked, a lexicon of co-occurring terms added to the glossary.
    /// </summary>
    public AlignmentModel Refit(IReadOnlyList<BeadSpan> path, IReadOnlyList<string> source, IReadOnlyList<string> target, AlignerOptions options)
    {
        var (sourceProfiles, targetProfiles) = (_source, _target);
        if (options.LearnLexicon)
        {
            var learned = LexiconLearner.Learn(path, source, target, options.Glossary);
            if (learned.Count > 0)
            {
                (sourceProfiles, targetProfiles) = LexiconAnchors.Extend(_source, _target, source, target, learned, _vocabulary);
            }
        }

        var oneToOne = path.Where(p => p.Shape == new BeadShape(1, 1)).Select(p => (_source[p.Source].Length, _target[p.Target].Length));
        return new AlignmentModel(sourceProfiles, targetProfiles, _vocabulary, _length.Refit(oneToOne), _dictionary);
    }

    /// <summary>The cost of a bead, without its shape's prior.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Cost(int s, int a, int t, int b) =>
        _length.Cost(Sum(SourceLengths, s, a), Sum(TargetLengths, t, b)) + _anchors.Cost(_source, s, a, _target, t, b)
        - (a == 0 || b == 0 ? 0 : DictionaryWeight * (_dictionary.Similarity(s, a, t, b) - DictionaryChance));

    /// <summary>How sure the model is of a bead, from 0 to 1.</summary>
    public double Confidence(BeadSpan span)
    {
        var (a, b) = (span.Shape.Source, span.Shape.Target);
        var prior = BeadShape.Standard.FirstOrDefault(p => p.Shape == span.Shape, (Shape: span.Shape, Prior: 0.001)).Prior;
        var cost = Cost(span.Source, a, span.Target, b) + (0.5 * (-Math.Log(prior) - OneToOneCost));
        return 1 / (1 + Math.Exp(cost - 2.5));
    }

    private static double Sum(double[] values, int from, int count)
    {
        double total = 0;
        for (var i = from; i < from + count; i++)
        {
            total += values[i];
        }

        return total;
    }
}
