using System.Text.RegularExpressions;

namespace Novel.Alignment;

/// <summary>
/// Finds the numbers in English text: digits (<c>36,501</c>, <c>1000</c>) and number words
/// (<c>twenty-four</c>, <c>a thousand</c>, <c>thirty six thousand five hundred and one</c>, <c>third</c>).
/// </summary>
internal static partial class EnglishNumberReader
{
    private static readonly Dictionary<string, long> Small = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18,
        ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60,
        ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["dozen"] = 12, ["score"] = 20,
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["twentieth"] = 20,
    };

    private static readonly Dictionary<string, long> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100, ["thousand"] = 1000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000,
        ["hundredth"] = 100, ["thousandth"] = 1000,
    };

    /// <summary>Every number in the text, in order.</summary>
    public static IEnumerable<long> Read(string text)
    {
        long total = 0, current = 0;
        var inNumber = false;
        foreach (Match m in Token().Matches(text))
        {
            var word = m.Value;
            if (char.IsDigit(word[0]))
            {
                if (inNumber)
                {
                    yield return total + current;
                    inNumber = false;
                    total = current = 0;
                }

                if (long.TryParse(word.Replace(",", string.Empty, StringComparison.Ordinal), out var digits))
                {
                    yield return digits;
                }

                continue;
            }

            if (Small.TryGetValue(word, out var small))
            {
                current += small;
                inNumber = true;
            }
            else if (Scales.TryGetValue(word, out var scale) && (inNumber || IsArticleBefore(text, m.Index)))
            {
                current = (current == 0 ? 1 : current) * scale;
                if (scale >= 1000)
                {
                    total += current;
                    current = 0;
                }

                inNumber = true;
            }
            else if (inNumber && word.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            else if (inNumber)
            {
                yield return total + current;
                inNumber = false;
                total = current = 0;
            }
        }

        if (inNumber)
        {
            yield return total + current;
        }
    }

    private static bool IsArticleBefore(string text, int index)
    {
        var before = text[..index].TrimEnd();
        return before.EndsWith(" a", StringComparison.OrdinalIgnoreCase) || before.Equals("a", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith(" one", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"\d[\d,]*\d|\d|[A-Za-z]+")]
    private static partial Regex Token();
}
