using Novel.Loading;

namespace Novel.Cleaning;

/// <summary>
/// The Clean stage: removes scraped-site boilerplate from loaded chapters without losing a story line, and says
/// what was removed, cut, repaired, joined or marked, by which rule, at which file and line. Thread-safe.
/// </summary>
public sealed class BoilerplateCleaner
{
    private static readonly IReadOnlySet<string> NothingLearned = new HashSet<string>();

    /// <summary>Creates a cleaner with the given rules and options.</summary>
    public BoilerplateCleaner(CleaningRuleSet rules, CleaningOptions options)
    {
        Rules = rules ?? throw new ArgumentNullException(nameof(rules));
        Options = options ?? throw new ArgumentNullException(nameof(options));
    }

    /// <summary>Creates a cleaner with the built-in rules and default options.</summary>
    public BoilerplateCleaner()
        : this(CleaningRuleSet.Default, CleaningOptions.Default)
    {
    }

    /// <summary>The rules applied.</summary>
    public CleaningRuleSet Rules { get; }

    /// <summary>The options applied.</summary>
    public CleaningOptions Options { get; }

    /// <summary>Cleans one chapter by the rules alone (nothing is learned from other chapters).</summary>
    public CleanedChapter Clean(LoadedChapter chapter)
    {
        ArgumentNullException.ThrowIfNull(chapter);
        return new ChapterCleaning(Rules, Options, NothingLearned, chapter, answers: null).Run();
    }

    /// <summary>
    /// Cleans a whole book: first learns the lines that recur at the start or end of many chapters (rule
    /// <c>learned-recurring</c>, unless <see cref="CleaningOptions.LearnRecurringLines"/> is off), then cleans the
    /// chapters in parallel, matching each distinct line of boilerplate against the rules once. The result is in the
    /// input order.
    /// </summary>
    public IReadOnlyList<CleanedChapter> CleanBook(IReadOnlyList<LoadedChapter> chapters)
    {
        ArgumentNullException.ThrowIfNull(chapters);
        var answers = new RuleAnswerCache();
        var learned = Options.LearnRecurringLines ? RecurringLineLearner.Learn(chapters, Rules, Options, answers) : NothingLearned;
        var cleaned = new CleanedChapter[chapters.Count];
        Parallel.For(0, chapters.Count, i => cleaned[i] = new ChapterCleaning(Rules, Options, learned, chapters[i], answers).Run());
        return cleaned;
    }

    /// <summary>
    /// The recurring lines <see cref="CleanBook"/> learns from these chapters (empty when learning is off);
    /// <paramref name="answers"/> remembers rule answers for the cleaning that follows.
    /// </summary>
    internal IReadOnlySet<string> LearnRecurring(IReadOnlyList<LoadedChapter> chapters, RuleAnswerCache? answers) =>
        Options.LearnRecurringLines ? RecurringLineLearner.Learn(chapters, Rules, Options, answers) : NothingLearned;

    /// <summary>Cleans one chapter of a book as <see cref="CleanBook"/> does, given the lines learned from the whole book.</summary>
    internal CleanedChapter Clean(LoadedChapter chapter, IReadOnlySet<string> learned, RuleAnswerCache? answers) =>
        new ChapterCleaning(Rules, Options, learned, chapter, answers).Run();
}
