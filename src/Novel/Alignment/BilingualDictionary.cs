using System.IO.Compression;
using System.Text;

namespace Novel.Alignment;

/// <summary>
/// A Chinese-English word list (derived from CC-CEDICT, CC BY-SA 4.0: simplified and traditional headwords of up to
/// four characters, each with the English words of its glosses) read once from an embedded resource. English words
/// are kept as stems (<see cref="EnglishStemmer"/>) without stop words, numbered so that a unit's dictionary
/// translations are a list of integers.
/// </summary>
internal sealed class BilingualDictionary
{
    private const string ResourceName = "Novel.Resources.Alignment/cedict.txt.gz";
    private const int LongestWord = 4;

    private static readonly Lazy<BilingualDictionary> Shared = new(Read);

    private readonly Dictionary<string, int[]> _words;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _wordsBySpan;
    private readonly Dictionary<string, int> _stems;

    private BilingualDictionary(Dictionary<string, int[]> words, Dictionary<string, int> stems)
    {
        _words = words;
        _wordsBySpan = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _stems = stems;
    }

    /// <summary>The dictionary shipped with Novel.</summary>
    public static BilingualDictionary Default => Shared.Value;

    /// <summary>The number of an English stem, or -1 when no gloss has it.</summary>
    public int StemNumber(string stem) => _stems.GetValueOrDefault(stem, -1);

    /// <summary>
    /// The stem numbers of the dictionary translations of the words of <paramref name="text"/>, cut by longest match
    /// (a character no word starts with is skipped); each word's stems once, in order.
    /// </summary>
    public List<int> Translations(string text) => Words(text).SelectMany(w => w).ToList();

    /// <summary>The words of <paramref name="text"/> found by longest match, each as the stem numbers of its glosses.</summary>
    public List<int[]> Words(string text)
    {
        var result = new List<int[]>();
        var i = 0;
        while (i < text.Length)
        {
            if (!LexiconLearner.IsHan(text[i]))
            {
                i++;
                continue;
            }

            var found = 0;
            for (var length = Math.Min(LongestWord, text.Length - i); length >= 1; length--)
            {
                if (_wordsBySpan.TryGetValue(text.AsSpan(i, length), out var stems))
                {
                    result.Add(stems);
                    found = length;
                    break;
                }
            }

            i += Math.Max(1, found);
        }

        return result;
    }

    // The resource: comment lines, one line of English stems (numbered from 0 in order), then one line a headword:
    // the headword, a tab and the numbers of its stems.
    private static BilingualDictionary Read()
    {
        using var stream = typeof(BilingualDictionary).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The cedict.txt.gz resource is missing from the Novel assembly.");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var stems = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new Dictionary<string, int[]>(180_000, StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            if (stems.Count == 0)
            {
                foreach (var stem in line.Split(' '))
                {
                    stems[stem] = stems.Count;
                }

                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var numbers = line.AsSpan(tab + 1);
            var stemsOfWord = new int[numbers.Count(' ') + 1];
            var (at, value) = (0, 0);
            foreach (var c in numbers)
            {
                if (c == ' ')
                {
                    (stemsOfWord[at], at, value) = (value, at + 1, 0);
                }
                else
                {
                    value = (value * 10) + (c - '0');
                }
            }

            stemsOfWord[at] = value;
            words[line[..tab]] = stemsOfWord;
        }

        return new BilingualDictionary(words, stems);
    }
}
