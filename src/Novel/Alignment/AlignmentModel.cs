using System.Runtime.CompilerServices;
namespace Novel.Alignment;

/// <summary>
/// Everything the aligner knows of one pair of texts: the units' profiles, the length model learned from them and
/// the anchor scorer, the dictionary (and, when given, machine translation) similarity. Gives the cost of a bead;
/// <see cref="BandedAligner.Posteriors"/> turns costs into confidences.
/// </summary>
internal sealed class AlignmentModel
{
    // A bead's cost falls by this much for each unit of dictionary similarity above what unrelated sentences reach.
    private const double DictionaryWeight = 10;
    private const double DictionaryChance = 0.1;

    // The same for the similarity of a machine translation of the source to the target (Bleualign's signal).
    private const double MachineWeight = 10;
    private const double MachineChance = 0.15;

    private readonly UnitProfile[] _source;
    private readonly UnitProfile[] _target;
    private readonly AnchorVocabulary _vocabulary;
    private readonly AnchorScorer _anchors;
    private readonly LengthModel _length;

    private readonly WordSimilarity _dictionary;
    private readonly WordSimilarity? _machine;

    private AlignmentModel(UnitProfile[] source, UnitProfile[] target, AnchorVocabulary vocabulary, LengthModel length, WordSimilarity dictionary, WordSimilarity? machine)
    {
        _dictionary = dictionary;
        _machine = machine;
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

    /// <summary>
    /// Profiles both texts and learns the length ratio from their totals; <paramref name="machine"/>, when given, is a
    /// machine translation of each source unit into the target's language.
    /// </summary>
    public static AlignmentModel Build(IReadOnlyList<string> source, IReadOnlyList<string> target, IReadOnlyDictionary<string, string> glossary, IReadOnlyList<string>? machine = null)
    {
        var extractor = new AnchorExtractor(glossary);
        var sourceProfiles = source.Select(extractor.Source).ToArray();
        var targetProfiles = target.Select(extractor.Target).ToArray();
        return new AlignmentModel(
            sourceProfiles,
            targetProfiles,
            extractor.Vocabulary,
            LengthModel.FromTotals(sourceProfiles.Select(p => p.Length).ToList(), targetProfiles.Select(p => p.Length).ToList()),
            WordSimilarity.ByDictionary(source, target),
            machine is null ? null : WordSimilarity.ByMachineTranslation(machine, target));
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
        return new AlignmentModel(sourceProfiles, targetProfiles, _vocabulary, _length.Refit(oneToOne), _dictionary, _machine);
    }

    /// <summary>The cost of a bead, without its shape's prior.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Cost(int s, int a, int t, int b) =>
        _length.Cost(Sum(SourceLengths, s, a), Sum(TargetLengths, t, b)) + _anchors.Cost(_source, s, a, _target, t, b)
        - (a == 0 || b == 0 ? 0 : DictionaryWeight * (_dictionary.Similarity(s, a, t, b) - DictionaryChance))
        - (a == 0 || b == 0 || _machine is null ? 0 : MachineWeight * (_machine.Similarity(s, a, t, b) - MachineChance));

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
