namespace Novel.Alignment;

/// <summary>
/// Finds the numbers in Chinese text: Arabic digits (full- or half-width, with thousands separators) and Chinese
/// numerals (二十, 三万六千五百零一, 兩, digit-by-digit years like 一九九八).
/// </summary>
internal static class ChineseNumberReader
{
    private const string Digits = "零〇一二兩两三四五六七八九";

    /// <summary>Every number in the text, in order.</summary>
    public static IEnumerable<long> Read(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (ArabicDigit(c) >= 0)
            {
                var start = i;
                while (i < text.Length && (ArabicDigit(text[i]) >= 0 || (IsSeparator(text[i]) && i + 1 < text.Length && ArabicDigit(text[i + 1]) >= 0)))
                {
                    i++;
                }

                if (ParseArabic(text[start..i]) is { } arabic)
                {
                    yield return arabic;
                }
            }
            else if (IsNumeral(c))
            {
                var start = i;
                while (i < text.Length && IsNumeral(text[i]))
                {
                    i++;
                }

                if (ParseNumerals(text[start..i]) is { } value)
                {
                    yield return value;
                }
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>The value of a run of Chinese numerals, or null when it is not a number.</summary>
    internal static long? ParseNumerals(string run)
    {
        if (run.All(c => Digits.Contains(c)))
        {
            if (run.Length == 1)
            {
                return DigitValue(run[0]);
            }

            // Digit by digit, as years and room numbers are written.
            long digits = 0;
            foreach (var c in run)
            {
                digits = (digits * 10) + DigitValue(c);
            }

            return digits;
        }

        long total = 0, section = 0, digit = 0;
        foreach (var c in run)
        {
            switch (c)
            {
                case '十' or '拾':
                    section += (digit == 0 ? 1 : digit) * 10;
                    digit = 0;
                    break;
                case '百' or '佰':
                    section += (digit == 0 ? 1 : digit) * 100;
                    digit = 0;
                    break;
                case '千' or '仟':
                    section += (digit == 0 ? 1 : digit) * 1000;
                    digit = 0;
                    break;
                case '万' or '萬':
                    total += (section + digit == 0 ? 1 : section + digit) * 10_000;
                    section = digit = 0;
                    break;
                case '亿' or '億':
                    total = (total + section + digit == 0 ? 1 : total + section + digit) * 100_000_000;
                    section = digit = 0;
                    break;
                default:
                    digit = DigitValue(c);
                    break;
            }
        }

        return total + section + digit;
    }

    private static bool IsNumeral(char c) => Digits.Contains(c) || "十拾百佰千仟万萬亿億".Contains(c);

    private static int DigitValue(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' => 1,
        '二' or '兩' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => 0,
    };

    private static int ArabicDigit(char c) => c is >= '0' and <= '9' ? c - '0' : c is >= '０' and <= '９' ? c - '０' : -1;

    private static bool IsSeparator(char c) => c is ',' or '，' or '_';

    private static long? ParseArabic(string run)
    {
        long value = 0;
        foreach (var c in run)
        {
            var d = ArabicDigit(c);
            if (d < 0)
            {
                continue;
            }

            if (value > (long.MaxValue / 10) - 10)
            {
                return null;
            }

            value = (value * 10) + d;
        }

        return value;
    }
}
