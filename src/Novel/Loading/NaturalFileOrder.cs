namespace Novel.Loading;

/// <summary>
/// Orders file names as people do: digit runs by their value, so <c>2.txt</c> comes before <c>10.txt</c> and
/// <c>0002</c> before <c>10</c>, and a name before the same name with more added (<c>12.html</c>, <c>12_2.html</c>).
/// Only the file name is compared; the full path breaks ties.
/// </summary>
public sealed class NaturalFileOrder : IComparer<string>
{
    /// <summary>The one instance.</summary>
    public static NaturalFileOrder Instance { get; } = new();

    /// <inheritdoc />
    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        // The name before its extension first, so "12.html" comes before "12_2.html" and "0021.txt" before "0021 (1).txt".
        var byStem = CompareNatural(Path.GetFileNameWithoutExtension(x.AsSpan()), Path.GetFileNameWithoutExtension(y.AsSpan()));
        if (byStem != 0)
        {
            return byStem;
        }

        var byName = CompareNatural(Path.GetFileName(x.AsSpan()), Path.GetFileName(y.AsSpan()));
        return byName != 0 ? byName : string.CompareOrdinal(x, y);
    }

    private static int CompareNatural(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
            {
                var aRun = DigitRun(a, i);
                var bRun = DigitRun(b, j);
                var byValue = CompareDigits(aRun, bRun);
                if (byValue != 0)
                {
                    return byValue;
                }

                i += aRun.Length;
                j += bRun.Length;
                continue;
            }

            var byChar = char.ToLowerInvariant(a[i]).CompareTo(char.ToLowerInvariant(b[j]));
            if (byChar != 0)
            {
                return byChar;
            }

            i++;
            j++;
        }

        return (a.Length - i).CompareTo(b.Length - j);
    }

    private static ReadOnlySpan<char> DigitRun(ReadOnlySpan<char> s, int start)
    {
        var end = start;
        while (end < s.Length && char.IsAsciiDigit(s[end]))
        {
            end++;
        }

        return s[start..end];
    }

    private static int CompareDigits(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var aValue = a.TrimStart('0');
        var bValue = b.TrimStart('0');
        if (aValue.Length != bValue.Length)
        {
            return aValue.Length.CompareTo(bValue.Length);
        }

        var byDigits = aValue.SequenceCompareTo(bValue);
        return byDigits != 0 ? byDigits : a.Length.CompareTo(b.Length);
    }
}
