namespace Novel.Translation;

/// <summary>
/// The run cannot go on: the endpoint refuses the key (401/403), does not know the URL or model (404), or kept
/// failing after every retry. Everything translated before it is already in the translation memory.
/// The message never contains the API key.
/// </summary>
public sealed class TranslationAbortedException : Exception
{
    /// <summary>Creates the exception with a message safe to show.</summary>
    public TranslationAbortedException(string message)
        : base(message)
    {
    }
}
