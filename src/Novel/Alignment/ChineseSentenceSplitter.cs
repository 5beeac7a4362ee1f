using System.Text;

namespace Novel.Alignment;

/// <summary>
/// Splits Chinese text into sentences after 。！？；…… (and their ASCII forms in scraped text, and the full-width
/// ． that older e-texts use as a full stop), keeping closing quotes and brackets (” 」 』 ） ") with the sentence
/// they close. Line breaks also end a sentence; white space around sentences is dropped.
/// </summary>
public static class ChineseSentenceSplitter
{
    private const string Terminators = "。！？!?；;…．";
    private const string Closers = "”’」』）)】》〉\"'";

    /// <summary>The sentences of <paramref name="text"/>, in order, none empty.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        var sentences = new List<string>();
        var current = new StringBuilder();
        var quotes = new QuoteDepth();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                Flush(sentences, current);
                quotes = new QuoteDepth();
                i++;
                continue;
            }

            if (!EndsSentence(text, i))
            {
                quotes.Read(c);
                current.Append(c);
                i++;
                continue;
            }

            while (i < text.Length && (EndsSentence(text, i) || text[i] is '。' or '.'))
            {
                current.Append(text[i++]);
            }

            // Closing quotes and brackets stay with the sentence they close; an ASCII quote closes only when one is open.
            while (i < text.Length && Closers.Contains(text[i]) && (text[i] is not ('"' or '\'') || quotes.Open > 0))
            {
                quotes.Read(text[i]);
                current.Append(text[i++]);
            }

            Flush(sentences, current);
        }

        Flush(sentences, current);
        return sentences;
    }

    private static bool EndsSentence(string text, int i)
    {
        var c = text[i];
        if (c == '.')
        {
            // An ASCII full stop ends a sentence only after Chinese text, not inside 3.5 or a Latin abbreviation.
            var previous = i > 0 ? text[i - 1] : ' ';
            return previous > '\u2E80' && !(i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]));
        }

        return Terminators.Contains(c);
    }

    private static void Flush(List<string> sentences, StringBuilder current)
    {
        var sentence = current.ToString().Trim().Trim('\u3000').Trim();
        if (sentence.Length > 0)
        {
            sentences.Add(sentence);
        }

        current.Clear();
    }

    /// <summary>How many quotations are open: curly and corner quotes by their shape, ASCII quotes by alternation.</summary>
    private struct QuoteDepth
    {
        public int Open { get; private set; }

        public void Read(char c)
        {
            if (c is '“' or '「' or '『')
            {
                Open++;
            }
            else if (c is '”' or '」' or '』')
            {
                Open = Math.Max(0, Open - 1);
            }
            else if (c == '"')
            {
                Open = Open > 0 ? Open - 1 : Open + 1;
            }
        }
    }
}
