using Novel.Model;

namespace Novel.Translation;

/// <summary>One place in the book that needs a translation: an original paragraph of an untranslated bead, or a chapter title.</summary>
/// <param name="Chapter">The chapter's index in the book.</param>
/// <param name="Pair">The bead's index in the chapter, or -1 for the chapter's title.</param>
/// <param name="Original">The original paragraph (for a title, a paragraph holding the title).</param>
/// <param name="Key">The translation-memory key for the run's model, or null when no model is named or the text is copied.</param>
/// <param name="AnyModelKey">The model-free translation-memory key, or null when the text holds no Chinese and is copied as it is.</param>
/// <param name="Terms">The glossary entries whose term occurs in the text.</param>
internal sealed record TranslationSlot(int Chapter, int Pair, Paragraph Original, string? Key, string? AnyModelKey, IReadOnlyList<GlossaryEntry> Terms)
{
    /// <summary>True when the text holds no Chinese and is copied as it is.</summary>
    public bool IsCopy => AnyModelKey is null;

    /// <summary>The file and line the text came from, for messages.</summary>
    public string Where => Pair < 0 ? Original.Source + " (chapter title)" : Original.Source.ToString();
}
