namespace Novel.Translation;

/// <summary>One glossary term: the Chinese as it appears in the original and the English to use for it.</summary>
/// <param name="Term">The Chinese term, for example <c>孟繁岐</c>.</param>
/// <param name="English">Its English rendering, for example <c>Meng Fanqi</c>.</param>
public sealed record GlossaryEntry(string Term, string English);
