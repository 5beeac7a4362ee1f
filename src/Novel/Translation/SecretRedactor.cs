namespace Novel.Translation;

/// <summary>Removes the API key from any text before it reaches a message, a log or a file.</summary>
internal sealed class SecretRedactor(string? secret)
{
    /// <summary>What the key is replaced with.</summary>
    public const string Mask = "[redacted]";

    /// <summary>The text with every occurrence of the key replaced by <see cref="Mask"/>.</summary>
    public string Redact(string text) =>
        string.IsNullOrEmpty(secret) ? text : text.Replace(secret, Mask, StringComparison.Ordinal);
}
