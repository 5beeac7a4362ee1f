using Novel.Loading;
using Novel.Model;

namespace Novel.Cleaning;

/// <summary>
/// Cleans one chapter: one instance a chapter, so chapters can be cleaned in parallel. Each line is repaired,
/// then tried against the line rules, the recommendation-list shape, the inline rules, the author-note rules and the
/// lines learned from the book; then the chapter as a whole is checked for a repeated title (<c>title-repeat</c>),
/// blurbs at its tail (<see cref="TailBlurbDetector"/>) and paragraphs split by page breaks (<see cref="PageBreakJoiner"/>).
/// </summary>
internal sealed class ChapterCleaning
{
    /// <summary>The rule id for a first line that repeats the chapter title.</summary>
    public const string TitleRepeatRule = "title-repeat";

    /// <summary>The rule id for a line learned as boilerplate from the whole book.</summary>
    public const string LearnedRule = "learned-recurring";

    private readonly CleaningRuleSet _rules;
    private readonly CleaningOptions _options;
    private readonly IReadOnlySet<string> _learned;
    private readonly LoadedChapter _chapter;
    private readonly LineState[] _lines;
    private readonly List<(int Line, CleaningEvent Event)> _events = [];
    private readonly List<RepairFinding> _findings = [];
    private readonly LineMatcher _matcher;
    private readonly bool[] _scratchHits;
    private char[] _scratch = new char[256];

    public ChapterCleaning(CleaningRuleSet rules, CleaningOptions options, IReadOnlySet<string> learned, LoadedChapter chapter, RuleAnswerCache? answers)
    {
        _rules = rules;
        _options = options;
        _learned = learned;
        _chapter = chapter;
        _lines = new LineState[chapter.Lines.Count];
        _matcher = new LineMatcher(rules, answers);
        _scratchHits = new bool[rules.HitCount];
    }

    public CleanedChapter Run()
    {
        for (var i = 0; i < _lines.Length; i++)
        {
            _lines[i] = CleanLine(i);
        }

        var title = CleanTitle(_chapter.Title);
        RemoveTitleRepeat(title);
        TailBlurbDetector.Detect(_lines, Remove);
        PageBreakJoiner.Join(_lines, (index, into, ruleId) =>
            Add(index, CleaningAction.Joined, ruleId, _lines[index].Text, $"joined to {_chapter.Lines[into].Source}"));

        var paragraphs = new List<Paragraph>(_lines.Length);
        for (var i = 0; i < _lines.Length; i++)
        {
            if (_lines[i].Fate == LineFate.Kept)
            {
                paragraphs.Add(new Paragraph(_lines[i].Text, _chapter.Lines[i].Source, _lines[i].Role));
            }
        }

        var events = _events.OrderBy(e => e.Line).Select(e => e.Event).ToList();
        return new CleanedChapter(_chapter, paragraphs, events) { Title = title };
    }

    private LineState CleanLine(int index)
    {
        var source = _chapter.Lines[index];
        _findings.Clear();
        var text = EntityRepairer.Repair(source.Text, _findings);
        var line = new LineState { Text = text };
        foreach (var finding in _findings)
        {
            Add(index, CleaningAction.Repaired, finding.RuleId, finding.Fragments, text);
            line.HadResidue |= finding.RuleId == EntityRepairer.EntityResidueRule;
        }

        if (_findings.Count > 0 && text.Length == 0)
        {
            return Removed(index, line, _findings[0].RuleId);
        }

        if (IsUntouchedByRules(text))
        {
            // No rule can match, no keep pattern applies and it is no list: only the learned lines remain to check.
            if (_learned.Count > 0 && _learned.Contains(LineShape.NormalisedKey(text)))
            {
                Removed(index, line, LearnedRule);
            }

            return line;
        }

        var folded = WidthFolder.Fold(text);
        _matcher.Scan(folded);
        line.UserKept = _rules.KeepPatterns.Count > 0 && _rules.IsKept(folded);
        if (!line.UserKept && !ApplyRemovalRules(index, line, folded))
        {
            return line;
        }

        if (!ReferenceEquals(line.Text, text))
        {
            _matcher.Scan(WidthFolder.Fold(line.Text));
        }

        if (_matcher.Note() is { } note)
        {
            if (_options.AuthorNotes == AuthorNoteHandling.Drop && !line.UserKept)
            {
                return Removed(index, line, note.Id);
            }

            line.Role = ParagraphRole.AuthorNote;
            Add(index, CleaningAction.Marked, note.Id, line.Text, nameof(ParagraphRole.AuthorNote));
        }

        return line;
    }

    // Returns false when the line was removed.
    private bool ApplyRemovalRules(int index, LineState line, string folded)
    {
        if (_matcher.LineRule() is { } rule)
        {
            Removed(index, line, rule.Id);
            line.PageBreakRule = rule.JoinsAcross ? rule.Id : null;
            return false;
        }

        if (RecommendationListDetector.IsList(folded))
        {
            line.IsRecommendationList = true;
            Removed(index, line, RecommendationListDetector.RuleId);
            return false;
        }

        if (!CutInline(index, line))
        {
            return false;
        }

        if (_learned.Count > 0 && _learned.Contains(LineShape.NormalisedKey(line.Text)))
        {
            Removed(index, line, LearnedRule);
            return false;
        }

        return true;
    }

    // Cuts every inline match; returns false when nothing but punctuation is left and the line was removed.
    private bool CutInline(int index, LineState line)
    {
        if (_matcher.Cuts() is not { } merged)
        {
            return true;
        }

        var text = line.Text;
        var result = InlineCutter.Apply(text, merged);
        var last = merged[^1];
        var cutsEnd = last.Start + last.Length >= text.TrimEnd().Length;
        line.PageBreakRule = merged.FirstOrDefault(c => c.Rule.JoinsAcross)?.Rule.Id is { } breakRule && (cutsEnd || !LineShape.HasContent(result))
            ? breakRule
            : null;
        if (!LineShape.HasContent(result) && LineShape.HasContent(text))
        {
            var others = merged.Skip(1).Select(c => c.Rule.Id).Distinct().ToList();
            Removed(index, line, merged[0].Rule.Id, others.Count > 0 ? "also " + string.Join(", ", others) : null);
            return false;
        }

        foreach (var cut in merged)
        {
            Add(index, CleaningAction.Cut, cut.Rule.Id, text.Substring(cut.Start, cut.Length), result);
        }

        line.Text = result;
        return true;
    }

    /// <summary>
    /// True for most story lines: folded (into a scratch buffer, not a new string) the line holds no trigger, every rule
    /// has triggers, there are no keep patterns, and it has too few spaces to be a recommendation list.
    /// </summary>
    private bool IsUntouchedByRules(string text)
    {
        if (!_rules.EveryRuleHasTriggers || _rules.KeepPatterns.Count > 0)
        {
            return false;
        }

        if (_scratch.Length < text.Length)
        {
            _scratch = new char[Math.Max(text.Length, _scratch.Length * 2)];
        }

        var folded = WidthFolder.FoldInto(text, _scratch);
        return !_rules.ScanTriggers(folded, _scratchHits) && !RecommendationListDetector.MayBeList(folded);
    }

    private void RemoveTitleRepeat(string? title)
    {
        if (title is null)
        {
            return;
        }

        var first = Array.FindIndex(_lines, l => l.Fate == LineFate.Kept);
        if (first >= 0 && !_lines[first].UserKept && LineShape.NormalisedKey(_lines[first].Text) == LineShape.NormalisedKey(title))
        {
            Remove(first, TitleRepeatRule);
        }
    }

    private string? CleanTitle(string? title)
    {
        if (title is null)
        {
            return null;
        }

        var repaired = EntityRepairer.Repair(title, []);
        _matcher.Scan(WidthFolder.Fold(repaired));
        var cleaned = _matcher.Cuts() is { } cuts ? InlineCutter.Apply(repaired, cuts) : repaired;
        return LineShape.HasContent(cleaned) ? cleaned : title;
    }

    private void Remove(int index, string ruleId) => Removed(index, _lines[index], ruleId);

    private LineState Removed(int index, LineState line, string ruleId, string? detail = null)
    {
        line.Fate = LineFate.Removed;
        line.RuleId = ruleId;
        Add(index, CleaningAction.Removed, ruleId, _chapter.Lines[index].Text, detail);
        return line;
    }

    private void Add(int index, CleaningAction action, string ruleId, string text, string? detail) =>
        _events.Add((index, new CleaningEvent(action, ruleId, _chapter.Lines[index].Source, text, detail)));
}
