namespace Novel.Loading;

/// <summary>Reads Roman numerals (<c>XXVII</c> = 27) as English chapter headings write them.</summary>
internal static class RomanNumeral
{
    public static int? Parse(string text)
    {
        if (text.Length is 0 or > 15)
        {
            return null;
        }

        var total = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var value = Value(text[i]);
            if (value == 0)
            {
                return null;
            }

            total += i + 1 < text.Length && Value(text[i + 1]) > value ? -value : value;
        }

        return total > 0 ? total : null;
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
}
