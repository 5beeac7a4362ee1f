namespace Novel.Building;

/// <summary>
/// Writes a file so that readers see either the old file or the complete new one, never half of it: the content goes
/// to a temporary file beside the target, which is renamed over the target only when writing succeeded.
/// </summary>
public static class AtomicFileWriter
{
    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>; on any failure the target is untouched.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="write">Writes the content.</param>
    /// <param name="flushToDisk">
    /// Whether the content reaches the disk before the rename (a book: yes); a cache that is only ever a speed-up
    /// skips the wait.
    /// </param>
    public static void Write(string path, Action<Stream> write, bool flushToDisk = true)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16))
            {
                write(stream);
                stream.Flush(flushToDisk);
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
