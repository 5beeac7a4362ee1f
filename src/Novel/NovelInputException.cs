namespace Novel;

/// <summary>
/// Bad input: a file that cannot be read as what it claims to be. The message names the file and, where known,
/// the line or byte offset. The command line turns it into exit code 1.
/// </summary>
public sealed class NovelInputException : Exception
{
    /// <summary>Creates an error about a file, optionally at a 1-based line or a 0-based byte offset.</summary>
    public NovelInputException(string file, string message, int line = 0, long? byteOffset = null, Exception? inner = null)
        : base(Format(file, message, line, byteOffset), inner)
    {
        File = file;
        Line = line;
        ByteOffset = byteOffset;
    }

    /// <summary>The file at fault.</summary>
    public string File { get; }

    /// <summary>The 1-based line at fault, or 0.</summary>
    public int Line { get; }

    /// <summary>The 0-based byte offset at fault, when the problem is in the bytes.</summary>
    public long? ByteOffset { get; }

    private static string Format(string file, string message, int line, long? byteOffset) =>
        line > 0 ? $"{file}:{line}: {message}"
        : byteOffset is { } offset ? $"{file}: byte {offset}: {message}"
        : $"{file}: {message}";
}
