using System.Globalization;

namespace Novel.Building;

/// <summary>
/// Picks the one timestamp a build stamps on its output (<c>dcterms:modified</c>, zip entry times), so the same input
/// gives the same bytes: <c>SOURCE_DATE_EPOCH</c> when set, else the newest input file's modification time.
/// </summary>
public static class BuildClock
{
    /// <summary>The environment variable of the reproducible-builds convention.</summary>
    public const string SourceDateEpochVariable = "SOURCE_DATE_EPOCH";

    /// <summary>Returns the build time for the given inputs, truncated to whole seconds, in UTC.</summary>
    /// <param name="inputs">The files the book is built from.</param>
    /// <param name="sourceDateEpoch">The value of SOURCE_DATE_EPOCH, or null when unset.</param>
    public static DateTimeOffset Resolve(IEnumerable<string> inputs, string? sourceDateEpoch)
    {
        if (!string.IsNullOrWhiteSpace(sourceDateEpoch))
        {
            if (!long.TryParse(sourceDateEpoch.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            {
                throw new ArgumentException($"{SourceDateEpochVariable} must be a whole number of seconds since 1970, not '{sourceDateEpoch}'");
            }

            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        }

        var newest = inputs.Select(File.GetLastWriteTimeUtc).DefaultIfEmpty(DateTime.UnixEpoch).Max();
        // Zip timestamps cannot hold dates before 1980; clamp so old checkouts still write valid archives.
        var clamped = newest < new DateTime(1980, 1, 1, 0, 0, 0, DateTimeKind.Utc) ? new DateTime(1980, 1, 1, 0, 0, 0, DateTimeKind.Utc) : newest;
        return DateTimeOffset.FromUnixTimeSeconds(new DateTimeOffset(clamped).ToUnixTimeSeconds());
    }
}
