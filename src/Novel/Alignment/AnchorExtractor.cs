using System.Globalization;
using System.Text.RegularExpressions;

namespace Novel.Alignment;

/// <summary>
/// Reads from each unit the things that survive translation: numbers (二十 ↔ twenty ↔ 20), Latin-script words
/// (ResNet appears verbatim on both sides), glossary terms (孟繁岐 ↔ Meng Fanqi), quotation marks, question and
/// exclamation marks, and translator's notes. Source units are read first so that only the Latin words they hold
/// are looked for in the target.
/// </summary>
internal sealed partial class AnchorExtractor
{
    private const double NumberWeight = 2.0;
    private const double LatinWeight = 3.0;
    private const double GlossaryWeight = 3.0;
    private const double LexiconWeight = 3.0;

    private readonly AnchorVocabulary _vocabulary = new();
    private readonly List<(string Source, Regex Target, int Key)> _terms = [];

    /// <summary>Creates an extractor for a glossary of source term → target term and a lexicon learned from the text.</summary>
    public AnchorExtractor(IReadOnlyDictionary<string, string> glossary, IReadOnlyList<(string Source, string Target)> lexicon)
    {
        foreach (var (source, target) in glossary)
        {
            AddTerm(source, target, GlossaryWeight);
        }

        foreach (var (source, target) in lexicon)
        {
            if (!glossary.ContainsKey(source))
            {
                AddTerm(source, target, LexiconWeight);
            }
        }
    }

    private void AddTerm(string source, string target, double weight)
    {
        if (source.Length == 0 || string.IsNullOrWhiteSpace(target))
        {
            return;
        }

        var key = _vocabulary.KeyOf("g:" + source, weight);
        var pattern = @"(?<![\p{L}\p{N}])" + Regex.Escape(target.Trim()) + @"(?![\p{L}\p{N}])";
        _terms.Add((source, new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), key));
    }

    /// <summary>The vocabulary the keys refer to.</summary>
    public AnchorVocabulary Vocabulary => _vocabulary;

    /// <summary>Profiles a unit of the original (Chinese).</summary>
    public UnitProfile Source(string text)
    {
        var keys = new List<int>();
        foreach (var n in ChineseNumberReader.Read(text))
        {
            if (n >= 2)
            {
                keys.Add(_vocabulary.KeyOf("n:" + n.ToString(CultureInfo.InvariantCulture), NumberWeight));
            }
        }

        foreach (Match m in LatinWord().Matches(text))
        {
            keys.Add(_vocabulary.KeyOf("w:" + m.Value.ToLowerInvariant(), LatinWeight));
        }

        foreach (var (term, _, key) in _terms)
        {
            for (var at = text.IndexOf(term, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + term.Length, StringComparison.Ordinal))
            {
                keys.Add(key);
            }
        }

        return Profile(text, keys, isNote: false);
    }

    /// <summary>Profiles a unit of the translation (English); call after every source unit is profiled.</summary>
    public UnitProfile Target(string text)
    {
        var keys = new List<int>();

        // Only anchors the original holds can match: with no number (or Latin word) in it, none is looked for here.
        foreach (var n in _vocabulary.HasKind('n') ? EnglishNumberReader.Read(text) : Enumerable.Empty<long>())
        {
            if (n >= 2 && _vocabulary.Find("n:" + n.ToString(CultureInfo.InvariantCulture)) is var key and >= 0)
            {
                keys.Add(key);
            }
        }

        foreach (var m in _vocabulary.HasKind('w') ? LatinWord().Matches(text) : Enumerable.Empty<Match>())
        {
            if (_vocabulary.Find("w:" + m.Value.ToLowerInvariant()) is var key and >= 0)
            {
                keys.Add(key);
            }
        }

        foreach (var (_, pattern, key) in _terms)
        {
            keys.AddRange(Enumerable.Repeat(key, pattern.Count(text)));
        }

        return Profile(text, keys, TranslatorNote().IsMatch(text));
    }

    private static UnitProfile Profile(string text, List<int> keys, bool isNote)
    {
        keys.Sort();
        int quotes = 0, questions = 0, exclamations = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var previous = i > 0 ? text[i - 1] : ' ';
            if (c is '“' or '”' or '「' or '」' or '『' or '』' or '"')
            {
                quotes++;
            }
            else if (c is '?' or '？' && previous is not ('?' or '？' or '!' or '！'))
            {
                questions++;
            }
            else if (c is '!' or '！' && previous is not ('?' or '？' or '!' or '！'))
            {
                exclamations++;
            }
        }

        return new UnitProfile(Length(text), keys.ToArray(), quotes, questions, exclamations, isNote);
    }

    /// <summary>A unit's length: its characters, without white space.</summary>
    internal static double Length(string text)
    {
        var length = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                length++;
            }
        }

        return length;
    }

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9]*(?:[-'][A-Za-z0-9]+)*[A-Za-z0-9]")]
    private static partial Regex LatinWord();

    [GeneratedRegex(@"^\s*[\(\[（【]?\s*(?:T/?N|TL|TN|Translator['’]?s? [Nn]otes?|Note)\s*[:：\-]|^\s*[\(\[（【][^\)\]）】]*[\)\]）】]\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TranslatorNote();
}
