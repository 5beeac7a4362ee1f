using Novel.Epub;
using Novel.Model;

namespace Novel.Building;

/// <summary>
/// Writes a book as a set of volumes (<see cref="VolumeSplitter"/>) in one or more layouts, all or nothing: every
/// volume of every layout is written to a temporary file first, and only a complete set is moved into place.
/// </summary>
public static class VolumeSetWriter
{
    /// <summary>
    /// Writes the volumes of <paramref name="book"/> for each target (the single-book path and its writer options);
    /// returns every file written, with its size, in order.
    /// </summary>
    public static IReadOnlyList<(string Path, long Bytes)> Write(Book book, int chaptersPerVolume, IReadOnlyList<(string Path, EpubWriterOptions Options)> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var volumes = VolumeSplitter.Split(book, chaptersPerVolume);
        var files = new List<(string Path, Action<Stream> Write)>();
        foreach (var (path, options) in targets)
        {
            foreach (var volume in volumes)
            {
                var volumePath = VolumeSplitter.VolumePath(path, volume.Series.Position, volume.Series.Count);
                files.Add((volumePath, stream =>
                {
                    using var timer = StageTimer.Start("write " + Path.GetFileName(volumePath));
                    new EpubWriter().Write(volume.Book, stream, options with { Series = volume.Series });
                }));
            }
        }

        AtomicFileSet.Write(files);
        return files.Select(f => (f.Path, new FileInfo(f.Path).Length)).ToList();
    }
}
