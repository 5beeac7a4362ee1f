using System.Buffers;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Novel.Cleaning;

/// <summary>
/// The boilerplate rules the cleaner applies, loaded from data (the embedded <c>Resources/Cleaning/rules.json</c>),
/// plus a user's own drop and keep patterns. Immutable and safe to share between threads. Every pattern is matched
/// case-insensitively against the line with full-width letters, digits and punctuation folded to ASCII.
/// </summary>
public sealed class CleaningRuleSet
{
    private const RegexOptions PatternOptions = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const string DefaultResource = "Novel.Resources.Cleaning/rules.json";
    private static readonly Lazy<CleaningRuleSet> LazyDefault = new(LoadDefault);

    private CleaningRuleSet(IReadOnlyList<CleaningRule> rules, IReadOnlyList<Regex> keepPatterns)
    {
        Rules = rules;
        KeepPatterns = keepPatterns;
        LineRules = [.. rules.Where(r => r.Kind == CleaningRuleKind.Line)];
        InlineRules = [.. rules.Where(r => r.Kind == CleaningRuleKind.Inline)];
        NoteRules = [.. rules.Where(r => r.Kind == CleaningRuleKind.Note)];
        _triggers = new TriggerScanner([.. LineRules, .. InlineRules, .. NoteRules]);
        EveryRuleHasTriggers = rules.All(r => r.Triggers.Count > 0);
    }

    private readonly TriggerScanner _triggers;

    /// <summary>The built-in rules for Chinese web-novel sites.</summary>
    public static CleaningRuleSet Default => LazyDefault.Value;

    /// <summary>All rules, in the order they are tried (line rules before inline rules; notes last).</summary>
    public IReadOnlyList<CleaningRule> Rules { get; }

    /// <summary>The user's keep patterns: a line any of them matches is never removed or cut.</summary>
    public IReadOnlyList<Regex> KeepPatterns { get; }

    internal CleaningRule[] LineRules { get; }

    internal CleaningRule[] InlineRules { get; }

    internal CleaningRule[] NoteRules { get; }

    /// <summary>True when every rule has triggers, so a line that holds none can match no rule.</summary>
    internal bool EveryRuleHasTriggers { get; }

    /// <summary>The length of a trigger-hit span: one entry a rule, line rules first, then inline rules, then notes.</summary>
    internal int HitCount => _triggers.RuleCount;

    /// <summary>Where the inline rules' entries start in a trigger-hit span.</summary>
    internal int InlineHitOffset => LineRules.Length;

    /// <summary>Where the note rules' entries start in a trigger-hit span.</summary>
    internal int NoteHitOffset => LineRules.Length + InlineRules.Length;

    /// <summary>
    /// Reads a rules file: <c>{"fragments": {"name": "regex"}, "rules": [{"id", "kind": "line|inline|note", "triggers"?,
    /// "pattern", "description", "joinsAcross"?}]}</c>. A pattern may name a fragment as <c>{{name}}</c>.
    /// </summary>
    /// <param name="json">The file's text.</param>
    /// <param name="sourceName">The file's name, for error messages.</param>
    /// <exception cref="NovelInputException">The file is not valid JSON, a rule lacks a field, an id repeats, or a pattern is not a valid regex.</exception>
    public static CleaningRuleSet FromJson(string json, string sourceName)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = document.RootElement;
            var fragments = new Dictionary<string, string>(StringComparer.Ordinal);
            if (root.TryGetProperty("fragments", out var fragmentsElement))
            {
                foreach (var fragment in fragmentsElement.EnumerateObject())
                {
                    fragments[fragment.Name] = ExpandFragments(fragment.Value.GetString() ?? "", fragments, sourceName);
                }
            }

            var rules = new List<CleaningRule>();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var element in root.GetProperty("rules").EnumerateArray())
            {
                var rule = ReadRule(element, fragments, sourceName);
                if (!ids.Add(rule.Id))
                {
                    throw new NovelInputException(sourceName, $"rule id '{rule.Id}' is used twice");
                }

                rules.Add(rule);
            }

            return new CleaningRuleSet(Order(rules), []);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new NovelInputException(sourceName, "bad cleaning rules file: " + e.Message, inner: e);
        }
    }

    /// <summary>
    /// Returns a copy with the user's rules added: each <paramref name="drop"/> regex removes every line it matches
    /// (rule ids <c>user-drop-1</c>, <c>user-drop-2</c>…), and a line any <paramref name="keep"/> regex matches is never
    /// removed or cut by any rule.
    /// </summary>
    /// <param name="drop">Regexes of lines to drop.</param>
    /// <param name="keep">Regexes of lines to keep whatever the other rules say.</param>
    /// <param name="sourceFile">The config file the patterns came from, for the error message; null when unknown.</param>
    /// <exception cref="NovelInputException">A pattern is not a valid regex and <paramref name="sourceFile"/> is given.</exception>
    /// <exception cref="ArgumentException">A pattern is not a valid regex and no source file is given.</exception>
    public CleaningRuleSet WithUserRules(IEnumerable<string> drop, IEnumerable<string> keep, string? sourceFile = null)
    {
        ArgumentNullException.ThrowIfNull(drop);
        ArgumentNullException.ThrowIfNull(keep);
        var userRules = drop.Select((pattern, i) => new CleaningRule(
            $"user-drop-{i + 1}",
            CleaningRuleKind.Line,
            CompileUser(pattern, "drop", sourceFile),
            $"User drop pattern: {pattern}"));
        var keepPatterns = keep.Select(pattern => CompileUser(pattern, "keep", sourceFile));
        return new CleaningRuleSet(Order([.. Rules, .. userRules]), [.. KeepPatterns, .. keepPatterns]);
    }

    /// <summary>True when a user keep pattern matches the (width-folded) line.</summary>
    internal bool IsKept(string foldedLine)
    {
        foreach (var pattern in KeepPatterns)
        {
            if (pattern.IsMatch(foldedLine))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Marks in <paramref name="hits"/> (<see cref="HitCount"/> long) the rules whose triggers the (width-folded) line
    /// holds: one vectorised pass that lets most story lines skip every rule that has triggers.
    /// </summary>
    /// <returns>True when the line holds any trigger.</returns>
    internal bool ScanTriggers(ReadOnlySpan<char> foldedLine, Span<bool> hits) => _triggers.Scan(foldedLine, hits);

    /// <summary>The first line rule the (width-folded) line matches, or null; <paramref name="hits"/> is <see cref="ScanTriggers"/>'s answer.</summary>
    internal CleaningRule? MatchLine(string foldedLine, ReadOnlySpan<bool> hits) => FirstMatch(LineRules, hits, foldedLine);

    /// <summary>
    /// True when the line (not yet folded) is site junk as a whole: a line rule matches it, or inline rules cut away all
    /// but punctuation.
    /// </summary>
    internal bool IsBoilerplateLine(string line)
    {
        // Asked of every line of a hard-wrapped book: fold into scratch space and scan for triggers first, so a story
        // line (nearly every line) costs no folded copy, as in the cleaner's own fast path.
        Span<bool> hits = HitCount <= 256 ? stackalloc bool[HitCount] : new bool[HitCount];
        var rented = line.Length > 512 ? ArrayPool<char>.Shared.Rent(line.Length) : null;
        try
        {
            var scratch = rented is null ? stackalloc char[512] : rented.AsSpan();
            if (!ScanTriggers(WidthFolder.FoldInto(line, scratch), hits) && EveryRuleHasTriggers)
            {
                return false;
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }

        var folded = WidthFolder.Fold(line);
        return MatchLine(folded, hits) is not null
            || (InlineCutter.FindCuts(this, folded, hits) is { } cuts && !LineShape.HasContent(InlineCutter.Apply(folded, cuts)));
    }

    /// <summary>The first note rule the (width-folded) line matches, or null; <paramref name="hits"/> is <see cref="ScanTriggers"/>'s answer.</summary>
    internal CleaningRule? MatchNote(string foldedLine, ReadOnlySpan<bool> hits) => FirstMatch(NoteRules, hits[NoteHitOffset..], foldedLine);

    private static CleaningRule? FirstMatch(CleaningRule[] rules, ReadOnlySpan<bool> hits, string foldedLine)
    {
        for (var i = 0; i < rules.Length; i++)
        {
            if ((hits[i] || rules[i].Triggers.Count == 0) && rules[i].Pattern.IsMatch(foldedLine))
            {
                return rules[i];
            }
        }

        return null;
    }

    private static CleaningRule[] Order(IEnumerable<CleaningRule> rules) => [.. rules.OrderBy(r => r.Kind)];

    private static CleaningRule ReadRule(JsonElement element, Dictionary<string, string> fragments, string sourceName)
    {
        var id = element.GetProperty("id").GetString() ?? throw new NovelInputException(sourceName, "a rule has no id");
        var kindText = element.GetProperty("kind").GetString();
        var kind = kindText switch
        {
            "line" => CleaningRuleKind.Line,
            "inline" => CleaningRuleKind.Inline,
            "note" => CleaningRuleKind.Note,
            _ => throw new NovelInputException(sourceName, $"rule '{id}': kind must be line, inline or note, not '{kindText}'"),
        };
        var pattern = ExpandFragments(element.GetProperty("pattern").GetString() ?? "", fragments, sourceName);
        var description = element.TryGetProperty("description", out var d) ? d.GetString() ?? "" : "";
        var joinsAcross = element.TryGetProperty("joinsAcross", out var j) && j.GetBoolean();
        string[] triggers = element.TryGetProperty("triggers", out var t) ? [.. t.EnumerateArray().Select(e => e.GetString() ?? "").Where(e => e.Length > 0)] : [];
        Regex regex;
        try
        {
            regex = new Regex(pattern, PatternOptions);
        }
        catch (ArgumentException e)
        {
            throw new NovelInputException(sourceName, $"rule '{id}': invalid regex: {e.Message}", inner: e);
        }

        return new CleaningRule(id, kind, regex, description) { JoinsAcross = joinsAcross, Triggers = triggers };
    }

    private static string ExpandFragments(string pattern, Dictionary<string, string> fragments, string sourceName)
    {
        return Regex.Replace(pattern, @"\{\{(\w+)\}\}", m => fragments.TryGetValue(m.Groups[1].Value, out var f)
            ? f
            : throw new NovelInputException(sourceName, $"unknown fragment '{{{{{m.Groups[1].Value}}}}}' in pattern"));
    }

    private static Regex CompileUser(string pattern, string what, string? sourceFile)
    {
        try
        {
            return new Regex(pattern, PatternOptions);
        }
        catch (ArgumentException e)
        {
            var message = $"invalid {what} regex '{pattern}': {e.Message}";
            throw sourceFile is null ? new ArgumentException(message, what, e) : new NovelInputException(sourceFile, message, inner: e);
        }
    }

    private static CleaningRuleSet LoadDefault()
    {
        var assembly = typeof(CleaningRuleSet).Assembly;
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.Replace('\\', '/').Equals(DefaultResource, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"embedded resource {DefaultResource} is missing");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd(), "rules.json");
    }
}
