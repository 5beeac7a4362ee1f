namespace Novel.Translation;

/// <summary>Where the translator reports how far it has got and what it warns about.</summary>
public interface IProgressSink
{
    /// <summary>Reports the counts so far; called after each batch and once at the end.</summary>
    void Report(TranslationProgress progress);

    /// <summary>Reports a warning (a damaged memory line, a glossary term not used); never contains the API key.</summary>
    void Warn(string message);
}
