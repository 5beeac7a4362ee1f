using System.Globalization;

namespace Novel.Epub;

/// <summary>How <see cref="EpubWriter"/> writes a book.</summary>
public sealed record EpubWriterOptions
{
    /// <summary>The default largest size of one chapter file, in bytes.</summary>
    public const int DefaultMaxChapterBytes = 250_000;

    /// <summary>The smallest chapter size limit accepted, in bytes.</summary>
    public const int MinimumMaxChapterBytes = 2_048;

    /// <summary>
    /// The book's modification time: written as <c>dcterms:modified</c> (UTC, whole seconds) and as every zip entry's
    /// time (2-second resolution). Fixing it makes the output byte-for-byte reproducible.
    /// </summary>
    public required DateTimeOffset Modified { get; init; }

    /// <summary>Which languages to show, and in what order.</summary>
    public EpubLayout Layout { get; init; } = EpubLayout.Bilingual;

    /// <summary>
    /// The largest size of one chapter XHTML file; a longer chapter is split between beads into several files
    /// (a single bead larger than this still gets a file of its own).
    /// </summary>
    public int MaxChapterBytes { get; init; } = DefaultMaxChapterBytes;

    /// <summary>The series this book is one volume of, or null for a book on its own.</summary>
    public EpubSeries? Series { get; init; }

    /// <summary>Where chapter pages written by an earlier build are remembered and reused; none when null.</summary>
    internal ChapterPageCache? PageCache { get; init; }

    /// <summary>
    /// The modification time that reproducible builds ask for: <paramref name="sourceDateEpoch"/> (the value of the
    /// <c>SOURCE_DATE_EPOCH</c> environment variable, in seconds since 1970-01-01 UTC) when it is set, else <paramref name="now"/>.
    /// </summary>
    /// <exception cref="FormatException">The value is set but is not a whole number of seconds.</exception>
    public static DateTimeOffset ModifiedFromSourceDateEpoch(string? sourceDateEpoch, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(sourceDateEpoch))
        {
            return now;
        }

        if (!long.TryParse(sourceDateEpoch.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            throw new FormatException($"SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, not \"{sourceDateEpoch}\"");
        }

        return DateTimeOffset.FromUnixTimeSeconds(seconds);
    }
}
