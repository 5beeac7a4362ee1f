namespace Novel.Translation;

/// <summary>A translation that does not use the glossary's English for a term its original contains: a warning, not a failure.</summary>
/// <param name="Where">The original paragraph's location (file and line), or the chapter title's.</param>
/// <param name="Term">The Chinese term.</param>
/// <param name="Expected">The English the glossary asks for.</param>
public sealed record GlossaryMiss(string Where, string Term, string Expected)
{
    /// <inheritdoc />
    public override string ToString() => $"{Where}: '{Term}' should be translated as '{Expected}'";
}
