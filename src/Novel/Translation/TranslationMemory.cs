namespace Novel.Translation;

/// <summary>
/// Every translation the endpoint has returned, kept on disk in the book folder so that nothing is paid for twice.
/// The file is append-only JSON lines, each line carrying a hash of its own content; each batch is flushed to disk
/// before the run moves on, so a kill at any instant loses at most the batches in flight. A damaged line (a write cut
/// short by a kill) is skipped and reported in <see cref="Warnings"/>, never fatal. The file holds no API key.
/// </summary>
public sealed class TranslationMemory : IDisposable
{
    private readonly Dictionary<string, string> entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> anyModel = new(StringComparer.Ordinal);
    private readonly List<string> warnings = [];
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private readonly string? path;
    private FileStream? stream;
    private bool needsNewLine;

    private TranslationMemory(string? path) => this.path = path;

    /// <summary>The file the memory lives in, or null for a memory held only in RAM.</summary>
    public string? FilePath => path;

    /// <summary>How many translations the memory holds.</summary>
    public int Count
    {
        get
        {
            lock (entries)
            {
                return entries.Count;
            }
        }
    }

    /// <summary>What was wrong with the file when it was read (damaged or cut-off lines that were skipped).</summary>
    public IReadOnlyList<string> Warnings => warnings;

    /// <summary>The memory's usual place in a book folder: <c>BOOK/.novel/translation-memory.jsonl</c>.</summary>
    public static string DefaultPath(string bookDirectory) => Path.Combine(bookDirectory, ".novel", "translation-memory.jsonl");

    /// <summary>Reads the memory file, creating its folder when needed; a missing file is an empty memory.</summary>
    public static TranslationMemory Open(string path)
    {
        var memory = new TranslationMemory(Path.GetFullPath(path));
        memory.Load();
        return memory;
    }

    /// <summary>A memory that lives only as long as the object (for dry runs and tests).</summary>
    public static TranslationMemory InMemory() => new(null);

    /// <summary>Looks up a translation by key.</summary>
    internal bool TryGet(string key, out string translation)
    {
        lock (entries)
        {
            return entries.TryGetValue(key, out translation!);
        }
    }

    /// <summary>Looks up a translation by its model-free key: the latest one, whatever model made it.</summary>
    internal bool TryGetAnyModel(string anyModelKey, out string translation)
    {
        lock (entries)
        {
            return anyModel.TryGetValue(anyModelKey, out translation!);
        }
    }

    /// <summary>Appends translations and flushes them to the disk before returning.</summary>
    internal async Task AppendAsync(IReadOnlyList<TranslationMemoryEntry> translations, string model, CancellationToken cancellationToken)
    {
        if (translations.Count == 0)
        {
            return;
        }

        var bytes = new MemoryStream();
        foreach (var entry in translations)
        {
            bytes.Write(TranslationMemoryLine.Write(entry, model));
        }

        await writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (path is not null)
            {
                var file = OpenForAppend();
                if (needsNewLine)
                {
                    file.WriteByte((byte)'\n');
                    needsNewLine = false;
                }

                // Not cancellable: a batch that was paid for is written whole or not at all.
                file.Write(bytes.GetBuffer(), 0, (int)bytes.Length);
                file.Flush(flushToDisk: true);
            }

            lock (entries)
            {
                foreach (var entry in translations)
                {
                    Remember(entry);
                }
            }
        }
        finally
        {
            writeLock.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        stream?.Dispose();
        stream = null;
        writeLock.Dispose();
    }

    private void Remember(TranslationMemoryEntry entry)
    {
        entries[entry.Key] = entry.Text;
        anyModel[entry.AnyModelKey] = entry.Text;
    }

    private FileStream OpenForAppend()
    {
        if (stream is null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            stream = new FileStream(path!, FileMode.Append, FileAccess.Write, FileShare.Read, 4096, FileOptions.None);
        }

        return stream;
    }

    private void Load()
    {
        if (!File.Exists(path))
        {
            return;
        }

        var bytes = File.ReadAllBytes(path);
        var name = Path.GetFileName(path);
        needsNewLine = bytes.Length > 0 && bytes[^1] != (byte)'\n';
        var start = 0;
        var lineNumber = 0;
        while (start < bytes.Length)
        {
            lineNumber++;
            var end = Array.IndexOf(bytes, (byte)'\n', start);
            var isLast = end < 0;
            var line = bytes.AsSpan(start, (isLast ? bytes.Length : end) - start);
            start = isLast ? bytes.Length : end + 1;
            if (line.Trim((byte)'\r').IsEmpty)
            {
                continue;
            }

            if (TranslationMemoryLine.TryRead(line, out var entry))
            {
                Remember(entry);
            }
            else
            {
                warnings.Add(isLast
                    ? $"{name}:{lineNumber}: the last line is cut off (a run was probably stopped while writing it); skipped"
                    : $"{name}:{lineNumber}: the line is damaged (its checksum does not match); skipped");
            }
        }
    }
}
