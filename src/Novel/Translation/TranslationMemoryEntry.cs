namespace Novel.Translation;

/// <summary>One remembered translation.</summary>
/// <param name="Key">The key for the model that made it (see <see cref="TranslationMemoryKey"/>).</param>
/// <param name="AnyModelKey">The same key without the model, so that a build that names no model still finds it.</param>
/// <param name="Text">The translation.</param>
internal sealed record TranslationMemoryEntry(string Key, string AnyModelKey, string Text);
