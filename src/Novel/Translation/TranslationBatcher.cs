namespace Novel.Translation;

/// <summary>
/// Groups the paragraphs to translate into batches: consecutive paragraphs of one chapter, up to a character budget and
/// a paragraph count (a paragraph longer than the budget travels alone). Chapter titles go in batches of their own.
/// </summary>
internal static class TranslationBatcher
{
    /// <summary>The batches for the items, in reading order.</summary>
    /// <param name="items">The items in reading order.</param>
    /// <param name="chapterTitles">Each chapter's title, by chapter index.</param>
    /// <param name="chapterParagraphs">Each chapter's original paragraphs, by chapter index, for context.</param>
    /// <param name="options">The budget and the context size.</param>
    public static IReadOnlyList<TranslationBatch> Create(
        IReadOnlyList<TranslationItem> items,
        IReadOnlyList<string> chapterTitles,
        IReadOnlyList<IReadOnlyList<string>> chapterParagraphs,
        TranslatorOptions options)
    {
        var batches = new List<TranslationBatch>();
        foreach (var group in items.GroupBy(i => i.Chapter))
        {
            var current = new List<TranslationItem>();
            var characters = 0;
            foreach (var item in group)
            {
                if (current.Count > 0 && (characters + item.Source.Length > options.BatchCharacters || current.Count >= options.BatchParagraphs))
                {
                    batches.Add(Make(group.Key, current, chapterTitles, chapterParagraphs, options));
                    current = [];
                    characters = 0;
                }

                current.Add(item);
                characters += item.Source.Length;
            }

            if (current.Count > 0)
            {
                batches.Add(Make(group.Key, current, chapterTitles, chapterParagraphs, options));
            }
        }

        return batches;
    }

    private static TranslationBatch Make(
        int chapter,
        List<TranslationItem> items,
        IReadOnlyList<string> chapterTitles,
        IReadOnlyList<IReadOnlyList<string>> chapterParagraphs,
        TranslatorOptions options)
    {
        if (chapter < 0)
        {
            return new TranslationBatch(null, [], items);
        }

        var first = items[0].Position;
        var start = Math.Max(0, first - options.ContextParagraphs);
        var context = chapterParagraphs[chapter].Skip(start).Take(first - start).ToList();
        return new TranslationBatch(chapterTitles[chapter], context, items);
    }
}
