namespace Novel.Model;

/// <summary>Where a piece of text came from: a file and a 1-based line number (0 when unknown).</summary>
/// <param name="File">The path of the input file, as given to the loader.</param>
/// <param name="Line">The 1-based line number in that file, or 0 when the text has no single line.</param>
public readonly record struct SourceLocation(string File, int Line)
{
    /// <inheritdoc />
    public override string ToString() => Line > 0 ? $"{File}:{Line}" : File;
}
