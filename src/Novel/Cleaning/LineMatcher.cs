namespace Novel.Cleaning;

/// <summary>
/// Asks a rule set about one (width-folded) line at a time: <see cref="Scan"/> finds which rules' triggers the line
/// holds, once; then the line, inline and note rules are tried, only those a trigger lets through (and those without
/// triggers). Answers for a short text that held a trigger are remembered in a <see cref="RuleAnswerCache"/> shared by
/// the book. One instance a thread.
/// </summary>
internal sealed class LineMatcher
{
    private readonly CleaningRuleSet _rules;
    private readonly RuleAnswerCache? _cache;
    private readonly bool[] _hits;
    private string _folded = "";
    private bool _triggered;

    /// <summary>Creates a matcher for the rules, remembering answers in <paramref name="cache"/> when one is given.</summary>
    public LineMatcher(CleaningRuleSet rules, RuleAnswerCache? cache)
    {
        _rules = rules;
        _cache = cache;
        _hits = new bool[rules.HitCount];
    }

    /// <summary>Makes <paramref name="folded"/> the line the next questions are about.</summary>
    public void Scan(string folded)
    {
        _folded = folded;
        _triggered = _rules.ScanTriggers(folded, _hits);
    }

    /// <summary>The first line rule the line matches, or null.</summary>
    public CleaningRule? LineRule() => Remembered(_cache?.LineRules, static m => m._rules.MatchLine(m._folded, m._hits));

    /// <summary>The inline rules' merged cuts in the line, or null when none matched. The list must not be changed.</summary>
    public List<InlineCut>? Cuts() => Remembered(_cache?.Cuts, static m => InlineCutter.FindCuts(m._rules, m._folded, m._hits));

    /// <summary>The first note rule the line matches, or null.</summary>
    public CleaningRule? Note() => Remembered(_cache?.Notes, static m => m._rules.MatchNote(m._folded, m._hits));

    private T Remembered<T>(System.Collections.Concurrent.ConcurrentDictionary<string, T>? answers, Func<LineMatcher, T> ask)
    {
        if (answers is null || !_triggered || _folded.Length > RuleAnswerCache.MaxTextLength)
        {
            return ask(this);
        }

        if (!answers.TryGetValue(_folded, out var answer))
        {
            answer = ask(this);
            answers.TryAdd(_folded, answer);
        }

        return answer;
    }
}
