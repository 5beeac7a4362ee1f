namespace Novel.Translation;

/// <summary>One distinct source text to translate, with where it first occurs.</summary>
/// <param name="Key">Its translation-memory key.</param>
/// <param name="AnyModelKey">Its model-free translation-memory key.</param>
/// <param name="Source">The original text.</param>
/// <param name="Terms">The glossary entries whose term occurs in it.</param>
/// <param name="Chapter">The chapter's index in the book, or -1 for a chapter title.</param>
/// <param name="Position">The paragraph's index among the chapter's original paragraphs (-1 for a title).</param>
/// <param name="Where">The file and line it came from, for messages.</param>
internal sealed record TranslationItem(string Key, string AnyModelKey, string Source, IReadOnlyList<GlossaryEntry> Terms, int Chapter, int Position, string Where);
