using System.Globalization;
using Novel.Cleaning;

namespace Novel.Loading;

/// <summary>
/// Puts chapters that a crawler saved out of order back in order by their number. Numbering that starts again
/// (a new volume, or a new <c>第1章</c> followed by <c>第2章</c>) begins a new run, ordered on its own; chapters
/// without a number (楔子, 番外) keep their places; and a chapter whose number is off while its neighbours run on
/// (…11, 21, 13…: a typo in the title) stays where it is. Each chapter moved is a <see cref="CleaningAction.Reordered"/>
/// event.
/// </summary>
internal static class ChapterReorderer
{
    private const string RuleId = "reorder-by-number";

    public static IReadOnlyList<LoadedChapter> Reorder(IReadOnlyList<LoadedChapter> chapters, ICollection<CleaningEvent> events)
    {
        var numbers = chapters.Select(c => ChapterIdentity.Of(c).Number).ToArray();
        var result = chapters.ToArray();
        var moved = false;
        foreach (var (start, end) in Runs(chapters, numbers))
        {
            moved |= ReorderRun(result, numbers, start, end, events);
        }

        return moved ? result : chapters;
    }

    /// <summary>Splits the chapters into runs numbered on their own: a new volume, or numbering that starts again at 1 and goes on with 2.</summary>
    private static IEnumerable<(int Start, int End)> Runs(IReadOnlyList<LoadedChapter> chapters, int?[] numbers)
    {
        var start = 0;
        int? highest = null;
        for (var i = 0; i < chapters.Count; i++)
        {
            var newVolume = i > 0 && !string.Equals(chapters[i].Volume, chapters[i - 1].Volume, StringComparison.Ordinal);
            var restart = numbers[i] is <= 1 && highest > 1 && NextNumber(numbers, i) == numbers[i] + 1;
            if (i > start && (newVolume || restart))
            {
                yield return (start, i);
                start = i;
                highest = null;
            }

            if (numbers[i] is { } n)
            {
                highest = Math.Max(highest ?? n, n);
            }
        }

        yield return (start, chapters.Count);
    }

    private static int? NextNumber(int?[] numbers, int i)
    {
        for (var j = i + 1; j < numbers.Length; j++)
        {
            if (numbers[j] is not null)
            {
                return numbers[j];
            }
        }

        return null;
    }

    private static bool ReorderRun(LoadedChapter[] result, int?[] numbers, int start, int end, ICollection<CleaningEvent> events)
    {
        var places = Enumerable.Range(start, end - start).Where(i => numbers[i] is not null).ToList();
        var values = places.Select(i => numbers[i]!.Value).ToList();
        if (IsOrdered(values))
        {
            return false;
        }

        // A chapter off the longest ordered sequence whose two neighbours are on it and two apart is a misnumbered
        // chapter in its right place (…11, 21, 13…): leave it there, out of the sort.
        var inOrder = LongestOrdered(values);
        var pinned = new HashSet<int>();
        for (var k = 1; k < values.Count - 1; k++)
        {
            if (!inOrder.Contains(k) && inOrder.Contains(k - 1) && inOrder.Contains(k + 1) && values[k + 1] - values[k - 1] == 2)
            {
                pinned.Add(places[k]);
            }
        }

        var movable = places.Where(p => !pinned.Contains(p)).ToList();
        var sorted = movable.OrderBy(p => numbers[p]!.Value).ToList(); // stable: equal numbers keep their order
        if (sorted.SequenceEqual(movable))
        {
            return false;
        }

        var original = result[start..end];
        for (var k = 0; k < movable.Count; k++)
        {
            var from = sorted[k];
            var to = movable[k];
            result[to] = original[from - start];
            if (from != to)
            {
                var chapter = original[from - start];
                events.Add(new CleaningEvent(
                    CleaningAction.Reordered,
                    RuleId,
                    chapter.Source,
                    ChapterIdentity.Of(chapter).Heading ?? Path.GetFileName(chapter.Source.File),
                    string.Create(CultureInfo.InvariantCulture, $"chapter {numbers[from]} moved from place {from + 1} to place {to + 1}, by its number")));
            }
        }

        var reordered = numbers[start..end];
        for (var k = 0; k < movable.Count; k++)
        {
            numbers[movable[k]] = reordered[sorted[k] - start];
        }

        return true;
    }

    private static bool IsOrdered(List<int> values)
    {
        for (var i = 1; i < values.Count; i++)
        {
            if (values[i] < values[i - 1])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The indices of a longest non-decreasing subsequence (patience sorting, n log n).</summary>
    private static HashSet<int> LongestOrdered(List<int> values)
    {
        var tails = new List<int>();
        var previous = new int[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            var lo = 0;
            var hi = tails.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (values[tails[mid]] <= values[i])
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            previous[i] = lo > 0 ? tails[lo - 1] : -1;
            if (lo == tails.Count)
            {
                tails.Add(i);
            }
            else
            {
                tails[lo] = i;
            }
        }

        var result = new HashSet<int>();
        for (var i = tails.Count > 0 ? tails[^1] : -1; i >= 0; i = previous[i])
        {
            result.Add(i);
        }

        return result;
    }
}
