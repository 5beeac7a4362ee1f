namespace Novel.Translation;

/// <summary>A progress sink that drops everything.</summary>
public sealed class NullProgressSink : IProgressSink
{
    /// <summary>The one instance.</summary>
    public static readonly NullProgressSink Instance = new();

    /// <inheritdoc />
    public void Report(TranslationProgress progress)
    {
    }

    /// <inheritdoc />
    public void Warn(string message)
    {
    }
}
