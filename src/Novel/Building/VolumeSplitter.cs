using System.Globalization;
using Novel.Epub;
using Novel.Model;

namespace Novel.Building;

/// <summary>
/// Splits a book into a set of volumes of at most N chapters each (<c>novel build --split-every N</c>), so each file
/// stays under Send to Kindle's limits. A book without volumes of its own is cut every N chapters: volume k holds
/// chapters (k−1)·N+1 … k·N. A book with volumes (第一卷 …) is cut at its own volume boundaries where it can be: its
/// volumes are cut into pieces of at most N chapters, and consecutive pieces share a file while they fit in N.
/// The first volume carries the front matter; every volume has the title page and a cover.
/// </summary>
public static class VolumeSplitter
{
    /// <summary>Splits <paramref name="book"/> into volumes of at most <paramref name="chaptersPerVolume"/> chapters.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="chaptersPerVolume"/> is not positive.</exception>
    public static IReadOnlyList<BookVolume> Split(Book book, int chaptersPerVolume)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(chaptersPerVolume);
        var parts = Partition(book.Chapters, chaptersPerVolume);
        var metadata = book.Metadata;
        var bookIdentifier = EpubIdentifier.For(metadata);
        var volumes = new List<BookVolume>(parts.Count);
        for (var i = 0; i < parts.Count; i++)
        {
            var position = i + 1;
            var label = Label(position, parts.Count);
            var volume = book with
            {
                Metadata = metadata with
                {
                    Title = $"{metadata.Title} {label}",
                    TranslatedTitle = string.IsNullOrWhiteSpace(metadata.TranslatedTitle) ? metadata.TranslatedTitle : $"{metadata.TranslatedTitle} {label}",
                    Identifier = EpubIdentifier.ForVolume(bookIdentifier, chaptersPerVolume, position),
                },
                FrontMatter = position == 1 ? book.FrontMatter : [],
                Chapters = parts[i],
            };
            volumes.Add(new BookVolume(volume, new EpubSeries(metadata.Title, metadata.TranslatedTitle, position, parts.Count)));
        }

        return volumes;
    }

    /// <summary>
    /// The path of volume <paramref name="position"/> of <paramref name="count"/>: <c>out/novel.epub</c> →
    /// <c>out/novel-1.epub</c>, or <c>out/novel-01.epub</c> in a set of ten or more, so that the files sort in order.
    /// </summary>
    public static string VolumePath(string path, int position, int count)
    {
        var directory = Path.GetDirectoryName(path) ?? string.Empty;
        return Path.Combine(directory, $"{Path.GetFileNameWithoutExtension(path)}-{Label(position, count)}{Path.GetExtension(path)}");
    }

    /// <summary>
    /// Files beside <paramref name="path"/> named like volumes of its set (<c>novel-4.epub</c>, <c>novel-04.epub</c>)
    /// that are not among <paramref name="written"/>: left from an earlier set split otherwise, and worth a warning.
    /// </summary>
    public static IReadOnlyList<string> Leftovers(string path, IEnumerable<string> written)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory))
        {
            return [];
        }

        var stem = Path.GetFileNameWithoutExtension(full) + "-";
        var extension = Path.GetExtension(full);
        var keep = written.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        return Directory.EnumerateFiles(directory, stem + "*" + extension)
            .Where(f => Path.GetFileName(f) is var name
                && name.Length > stem.Length + extension.Length
                && name.EndsWith(extension, StringComparison.Ordinal)
                && name[stem.Length..^extension.Length].All(char.IsAsciiDigit))
            .Where(f => !keep.Contains(Path.GetFullPath(f)))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A volume's number as titles and file names show it: zero-padded to the width of the largest.</summary>
    public static string Label(int position, int count) =>
        position.ToString("D" + count.ToString(CultureInfo.InvariantCulture).Length.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>The chapters cut into volumes of at most <paramref name="chaptersPerVolume"/>, in order; at least one (maybe empty).</summary>
    internal static IReadOnlyList<IReadOnlyList<Chapter>> Partition(IReadOnlyList<Chapter> chapters, int chaptersPerVolume)
    {
        // Pieces: runs of chapters in the same volume of the book (or in none), at most N chapters long.
        var pieces = new List<List<Chapter>>();
        string? pieceVolume = null;
        foreach (var chapter in chapters)
        {
            var volume = string.IsNullOrWhiteSpace(chapter.Volume) ? null : chapter.Volume;
            if (pieces.Count == 0 || volume != pieceVolume || pieces[^1].Count == chaptersPerVolume)
            {
                pieces.Add([]);
                pieceVolume = volume;
            }

            pieces[^1].Add(chapter);
        }

        // Files: consecutive pieces packed together while they fit.
        var files = new List<IReadOnlyList<Chapter>>();
        var current = new List<Chapter>();
        foreach (var piece in pieces)
        {
            if (current.Count > 0 && current.Count + piece.Count > chaptersPerVolume)
            {
                files.Add(current);
                current = [];
            }

            current.AddRange(piece);
        }

        files.Add(current);
        return files;
    }
}
