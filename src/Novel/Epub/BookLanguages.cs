namespace Novel.Epub;

/// <summary>The book's two languages and the layout that decides which of them a page shows, and in what order.</summary>
internal sealed record BookLanguages(string Original, string Translation, EpubLayout Layout)
{
    /// <summary>The language of the text a reader mostly reads in this layout: the one pages declare on <c>&lt;html&gt;</c>.</summary>
    public string Primary => Layout is EpubLayout.Translation or EpubLayout.BilingualTranslationFirst ? Translation : Original;

    /// <summary>Arranges a value given in both languages (a title) as the layout shows it.</summary>
    public IReadOnlyList<LangText> Arrange(string original, string? translation)
    {
        var source = new LangText(original, Original);
        var target = string.IsNullOrWhiteSpace(translation) ? (LangText?)null : new LangText(translation, Translation);
        return (Layout, target) switch
        {
            (_, null) => [source],
            (EpubLayout.Original, _) => [source],
            (EpubLayout.Translation, { } t) => [t],
            (EpubLayout.BilingualTranslationFirst, { } t) => [t, source],
            (_, { } t) => [source, t],
        };
    }

    /// <summary>Arranges a value given in both languages showing both whatever the layout, the primary language first.</summary>
    public IReadOnlyList<LangText> ArrangeBoth(string original, string? translation)
    {
        var source = new LangText(original, Original);
        if (string.IsNullOrWhiteSpace(translation))
        {
            return [source];
        }

        var target = new LangText(translation, Translation);
        return Primary == Translation && Translation != Original ? [target, source] : [source, target];
    }
}
