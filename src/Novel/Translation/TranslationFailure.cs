namespace Novel.Translation;

/// <summary>A paragraph no response could translate acceptably, even on its own; it stays untranslated until the next run.</summary>
/// <param name="Where">The original paragraph's location (file and line), or the chapter title's.</param>
/// <param name="Reason">What was wrong with the last response.</param>
public sealed record TranslationFailure(string Where, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"{Where}: {Reason}";
}
