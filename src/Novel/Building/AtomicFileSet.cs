namespace Novel.Building;

/// <summary>
/// Writes several files all or nothing: each goes to a temporary file beside its target, and only when every one was
/// written are they renamed over their targets. A failure while writing leaves every target as it was.
/// </summary>
public static class AtomicFileSet
{
    /// <summary>Writes each path through its writer; on any failure while writing, no target is touched.</summary>
    /// <exception cref="ArgumentException">When two files name the same path.</exception>
    /// <exception cref="NovelInputException">When a folder stands where a file is to go.</exception>
    public static void Write(IReadOnlyList<(string Path, Action<Stream> Write)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var targets = files.Select(f => Path.GetFullPath(f.Path)).ToList();
        if (targets.Distinct(StringComparer.Ordinal).Count() != targets.Count)
        {
            throw new ArgumentException("a file set names the same path twice", nameof(files));
        }

        // A folder in a target's place would stop its rename after others had landed: refuse before writing anything.
        if (targets.FirstOrDefault(Directory.Exists) is { } folder)
        {
            throw new NovelInputException(folder, "a folder is in the way of a file to write; nothing was written");
        }

        var written = new List<string>();
        try
        {
            for (var i = 0; i < files.Count; i++)
            {
                var directory = Path.GetDirectoryName(targets[i])!;
                Directory.CreateDirectory(directory);
                var temp = Path.Combine(directory, $".{Path.GetFileName(targets[i])}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
                written.Add(temp);
                using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16);
                files[i].Write(stream);
                stream.Flush(flushToDisk: true);
            }

            // Renames within one folder: they do not fail for want of space, so the set lands whole.
            for (var i = 0; i < files.Count; i++)
            {
                File.Move(written[i], targets[i], overwrite: true);
            }
        }
        finally
        {
            foreach (var temp in written.Where(File.Exists))
            {
                File.Delete(temp);
            }
        }
    }
}
