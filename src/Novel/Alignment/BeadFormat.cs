using System.Globalization;
using System.Text;

namespace Novel.Alignment;

/// <summary>
/// Reads and writes beads in the <c>[i,j]:[k]</c> line format of public sentence-alignment gold sets
/// (0-based unit indices; <c>[3]:[]</c> is an untranslated unit, <c>[]:[5]</c> an added one).
/// </summary>
public static class BeadFormat
{
    /// <summary>Formats one bead as <c>[i,j]:[k]</c>.</summary>
    public static string Format(AlignmentBead bead) => $"[{Join(bead.Source)}]:[{Join(bead.Target)}]";

    /// <summary>Parses one line; throws <see cref="FormatException"/> when it is not a bead.</summary>
    public static AlignmentBead Parse(string line)
    {
        var trimmed = line.Trim();
        var colon = trimmed.IndexOf("]:[", StringComparison.Ordinal);
        if (colon < 0 || !trimmed.StartsWith('[') || !trimmed.EndsWith(']'))
        {
            throw new FormatException($"not a bead: '{line}'");
        }

        return new AlignmentBead(Indices(trimmed[1..colon]), Indices(trimmed[(colon + 3)..^1]), 1.0);
    }

    /// <summary>Parses every line of a gold file's text, skipping blank lines and <c>#</c> comments.</summary>
    public static IReadOnlyList<AlignmentBead> ParseAll(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(Parse).ToList();

    /// <summary>Formats beads one a line.</summary>
    public static string FormatAll(IEnumerable<AlignmentBead> beads)
    {
        var sb = new StringBuilder();
        foreach (var bead in beads)
        {
            sb.Append(Format(bead)).Append('\n');
        }

        return sb.ToString();
    }

    private static string Join(IReadOnlyList<int> indices) => string.Join(',', indices);

    private static int[] Indices(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture))
            .ToArray();
}
