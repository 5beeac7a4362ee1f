using System.Text;

namespace Novel.Alignment;

/// <summary>
/// Splits English text into sentences after . ! ? and ellipses when the next word starts a sentence (a capital,
/// a digit or an opening quote), keeping closing quotes and brackets with the sentence they close. Abbreviations
/// (Mr., Mrs., Dr., St., Mt., …) and initials (J. K. Rowling) do not end a sentence. Line breaks inside the text
/// are read as spaces.
/// </summary>
public static class EnglishSentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "messrs", "dr", "st", "mt", "jr", "sr", "prof", "rev", "gen", "col", "capt", "lt", "sgt",
        "hon", "gov", "pres", "vs", "viz", "cf", "no", "vol", "fig", "e.g", "i.e", "ft", "mme", "mlle", "esq",
    };

    /// <summary>The sentences of <paramref name="text"/>, in order, none empty.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        text = string.Join(' ', text.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        var sentences = new List<string>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] is not ('.' or '!' or '?' or '…'))
            {
                i++;
                continue;
            }

            var mark = i;
            while (i < text.Length && text[i] is '.' or '!' or '?' or '…')
            {
                i++;
            }

            while (i < text.Length && text[i] is '"' or '\'' or '”' or '’' or ')' or ']')
            {
                i++;
            }

            if (i < text.Length && text[i] != ' ')
            {
                continue;
            }

            var next = i + 1 < text.Length ? text[i + 1] : 'A';
            var startsSentence = char.IsUpper(next) || char.IsDigit(next) || next is '"' or '“' or '‘' or '\'' or '(' or '[';
            if (startsSentence && !IsAbbreviation(text, mark, i - mark))
            {
                Add(sentences, text[start..i]);
                start = i;
            }
        }

        Add(sentences, text[start..]);
        return sentences;
    }

    private static bool IsAbbreviation(string text, int mark, int punctuationLength)
    {
        if (text[mark] != '.' || punctuationLength > 1 && text[mark + 1] == '.')
        {
            return false;
        }

        var wordStart = mark;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..mark];
        return Abbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(word[0]));
    }

    private static void Add(List<string> sentences, string sentence)
    {
        sentence = sentence.Trim();
        if (sentence.Length > 0)
        {
            sentences.Add(sentence);
        }
    }
}
