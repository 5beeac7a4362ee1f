namespace Novel.Loading;

/// <summary>
/// Reads the numbers chapter titles and file names are written in: Chinese numerals (<c>一百二十三</c>, <c>两</c>,
/// <c>零</c>/<c>〇</c>, <c>廿</c>, <c>卅</c>, traditional and financial forms), numerals written digit by digit
/// (<c>一零零</c> = 100), and ASCII or full-width Arabic digits.
/// </summary>
public static class ChineseNumber
{
    /// <summary>Every character a number this class reads may contain; for building patterns.</summary>
    public const string Characters = "0123456789０１２３４５６７８９零〇○一二三四五六七八九十百千万萬亿億两兩廿卅卌壹贰貳叁參肆伍陆陸柒捌玖拾佰仟";

    private const int MaxLength = 12;

    /// <summary>Reads a whole string as a number.</summary>
    /// <param name="text">The numeral, for example <c>四十五</c>, <c>一零零</c>, <c>１２</c> or <c>12</c>.</param>
    /// <returns>The number, or null when the text is not entirely a numeral this class reads.</returns>
    public static int? Parse(string? text) => TryParse(text.AsSpan().Trim(), out var value) ? value : null;

    /// <summary>Reads a whole span as a number.</summary>
    /// <param name="text">The numeral, without surrounding text.</param>
    /// <param name="value">The number when the span is a numeral; else 0.</param>
    /// <returns>True when the span is entirely a numeral this class reads.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > MaxLength)
        {
            return false;
        }

        if (TryParseArabic(text, out value))
        {
            return true;
        }

        return text.Length > 1 && AllDigits(text) ? TryParseDigitByDigit(text, out value) : TryParsePositional(text, out value);
    }

    private static bool TryParseArabic(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            var d = c is >= '0' and <= '9' ? c - '0' : c is >= '０' and <= '９' ? c - '０' : -1;
            if (d < 0 || value > (int.MaxValue - d) / 10)
            {
                value = 0;
                return false;
            }

            value = (value * 10) + d;
        }

        return true;
    }

    private static bool TryParseDigitByDigit(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (value > (int.MaxValue - 9) / 10)
            {
                return false;
            }

            value = (value * 10) + Digit(c);
        }

        return true;
    }

    private static bool TryParsePositional(ReadOnlySpan<char> text, out int value)
    {
        long total = 0, section = 0;
        int digit = -1;
        value = 0;
        foreach (var c in text)
        {
            if (Digit(c) is var d and >= 0)
            {
                if (digit > 0 && d > 0)
                {
                    return false; // 三五 without a unit between is not a positional numeral
                }

                digit = d;
            }
            else if (SmallUnit(c) is var unit and > 0)
            {
                section += (digit < 0 ? 1 : digit) * unit;
                if (digit == 0)
                {
                    return false; // 零十 is not a numeral
                }

                digit = -1;
            }
            else if (LargeUnit(c) is var large and > 0)
            {
                var head = section + Math.Max(digit, 0);
                total += (head == 0 ? 1 : head) * large;
                section = 0;
                digit = -1;
            }
            else if (Tens(c) is var tens and > 0)
            {
                section += tens;
                digit = -1;
            }
            else
            {
                return false;
            }
        }

        total += section + Math.Max(digit, 0);
        if (total > int.MaxValue)
        {
            return false;
        }

        value = (int)total;
        return true;
    }

    private static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (Digit(c) < 0)
            {
                return false;
            }
        }

        return true;
    }

    private static int Digit(char c) => c switch
    {
        '零' or '〇' or '○' => 0,
        '一' or '壹' => 1,
        '二' or '两' or '兩' or '贰' or '貳' => 2,
        '三' or '叁' or '參' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' or '陸' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        _ => -1,
    };

    private static int SmallUnit(char c) => c switch
    {
        '十' or '拾' => 10,
        '百' or '佰' => 100,
        '千' or '仟' => 1000,
        _ => 0,
    };

    private static long LargeUnit(char c) => c switch
    {
        '万' or '萬' => 10_000,
        '亿' or '億' => 100_000_000,
        _ => 0,
    };

    private static int Tens(char c) => c switch
    {
        '廿' => 20,
        '卅' => 30,
        '卌' => 40,
        _ => 0,
    };
}
