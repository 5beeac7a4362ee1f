namespace Novel.Epub;

/// <summary>Which languages a book shows, and in what order.</summary>
public enum EpubLayout
{
    /// <summary>Each original paragraph followed by its translation (the default).</summary>
    Bilingual,

    /// <summary>Each translation followed by the original paragraph it renders.</summary>
    BilingualTranslationFirst,

    /// <summary>The original text only.</summary>
    Original,

    /// <summary>The translation only; paragraphs without a translation fall back to the original.</summary>
    Translation,
}
