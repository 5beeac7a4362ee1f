namespace Novel.Loading;

/// <summary>Reads Roman numerals (XXVII → 27).</summary>
internal static class RomanNumeral
{
    /// <summary>The value of a well-formed Roman numeral, or null.</summary>
    public static int? Parse(string numeral)
    {
        var total = 0;
        for (var i = 0; i < numeral.Length; i++)
        {
            var value = Value(numeral[i]);
            if (value == 0)
            {
                return null;
            }

            var next = i + 1 < numeral.Length ? Value(numeral[i + 1]) : 0;
            total += next > value ? -value : value;
        }

        return total > 0 && Format(total) == numeral.ToUpperInvariant() ? total : null;
    }

    private static int Value(char c) => char.ToUpperInvariant(c) switch
    {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        'C' => 100,
        'D' => 500,
        'M' => 1000,
        _ => 0,
    };

    private static string Format(int value)
    {
        (int Value, string Numeral)[] table =
            [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var result = new System.Text.StringBuilder();
        foreach (var (v, n) in table)
        {
            while (value >= v)
            {
                result.Append(n);
                value -= v;
            }
        }

        return result.ToString();
    }
}
