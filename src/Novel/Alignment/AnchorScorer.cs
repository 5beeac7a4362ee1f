using System.Runtime.CompilerServices;
namespace Novel.Alignment;

/// <summary>
/// Scores the anchors of a bead: every anchor key found on both sides lowers the cost by its weight; quotation,
/// question and exclamation marks present on one side only raise it. A translator's note wants a bead of its own.
/// </summary>
internal sealed class AnchorScorer(AnchorVocabulary vocabulary)
{
    private const double QuoteMismatch = 0.35;
    private const double QuestionMismatch = 0.9;
    private const double ExclamationMismatch = 0.6;
    private const double ColonMismatch = 0.8;
    private const double LearnedCap = 3.0;
    private const double NoteInBead = 6.0;
    private const double NoteAlone = -4.0;

    /// <summary>The anchor cost of the bead made of source units <c>[s, s+a)</c> and target units <c>[t, t+b)</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Cost(UnitProfile[] source, int s, int a, UnitProfile[] target, int t, int b)
    {
        int quotes = 0, questions = 0, exclamations = 0, colons = 0;
        for (var i = s; i < s + a; i++)
        {
            colons += source[i].Introduces;
            quotes += source[i].Quotes;
            questions += source[i].Questions;
            exclamations += source[i].Exclamations;
        }

        var notes = 0;
        for (var j = t; j < t + b; j++)
        {
            colons -= target[j].Introduces;
            quotes -= target[j].Quotes;
            questions -= target[j].Questions;
            exclamations -= target[j].Exclamations;
            notes += target[j].IsNote ? 1 : 0;
        }

        var cost = (QuoteMismatch * Math.Abs(quotes)) + (QuestionMismatch * Math.Abs(questions)) + (ExclamationMismatch * Math.Abs(exclamations))
            + (ColonMismatch * Math.Abs(colons));
        if (notes > 0)
        {
            cost += a == 0 && b == 1 ? NoteAlone : NoteInBead * notes;
        }

        return cost - Matches(source, s, a, target, t, b);
    }

    /// <summary>The summed weight of anchor keys found on both sides of the bead.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Matches(UnitProfile[] source, int s, int a, UnitProfile[] target, int t, int b)
    {
        if (a == 0 || b == 0 || !HasKeys(source, s, a) || !HasKeys(target, t, b))
        {
            return 0;
        }

        Span<int> leftBuffer = stackalloc int[64];
        Span<int> rightBuffer = stackalloc int[64];
        var left = Gather(source, s, a, leftBuffer);
        var right = Gather(target, t, b, rightBuffer);
        double total = 0, learned = 0;
        int x = 0, y = 0;
        while (x < left.Length && y < right.Length)
        {
            if (left[x] == right[y])
            {
                if (vocabulary.IsLearned(left[x]))
                {
                    learned += vocabulary.Weight(left[x]);
                }
                else
                {
                    total += vocabulary.Weight(left[x]);
                }

                x++;
                y++;
            }
            else if (left[x] < right[y])
            {
                x++;
            }
            else
            {
                y++;
            }
        }

        // Learned terms often come in clusters (a name's bigrams, its words); together they vouch once, not many times.
        return total + Math.Min(learned, LearnedCap);
    }

    private static bool HasKeys(UnitProfile[] units, int from, int count)
    {
        for (var i = from; i < from + count; i++)
        {
            if (units[i].Keys.Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    // The sorted keys of units [from, from+count), in the buffer when they fit (they nearly always do).
    private static ReadOnlySpan<int> Gather(UnitProfile[] units, int from, int count, Span<int> buffer)
    {
        if (count == 1)
        {
            return units[from].Keys;
        }

        var length = 0;
        for (var i = from; i < from + count; i++)
        {
            length += units[i].Keys.Length;
        }

        var keys = length <= buffer.Length ? buffer[..length] : new int[length];
        var at = 0;
        for (var i = from; i < from + count; i++)
        {
            units[i].Keys.CopyTo(keys[at..]);
            at += units[i].Keys.Length;
        }

        keys.Sort();
        return keys;
    }
}
