namespace Novel.Translation;

/// <summary>Paragraphs sent together in one request, with the chapter title and preceding paragraphs as context.</summary>
/// <param name="ChapterTitle">The title of the chapter the paragraphs belong to, or null for a batch of chapter titles.</param>
/// <param name="Context">The original paragraphs just before the first item.</param>
/// <param name="Items">The paragraphs to translate, in reading order; their ids in the request are 1, 2, ….</param>
internal sealed record TranslationBatch(string? ChapterTitle, IReadOnlyList<string> Context, IReadOnlyList<TranslationItem> Items)
{
    /// <summary>The source characters the batch carries.</summary>
    public int Characters => Items.Sum(i => i.Source.Length);

    /// <summary>The glossary entries any of the items needs, each once.</summary>
    public IReadOnlyList<GlossaryEntry> Terms => Items.SelectMany(i => i.Terms).Distinct().OrderBy(t => t.Term, StringComparer.Ordinal).ToList();

    /// <summary>Splits the batch into two halves; the second half's context ends with the first half's last paragraphs.</summary>
    public (TranslationBatch First, TranslationBatch Second) Split()
    {
        var middle = Items.Count / 2;
        var first = Items.Take(middle).ToList();
        var contextSize = Math.Max(Context.Count, 1);
        var secondContext = ChapterTitle is null ? Context : Context.Concat(first.Select(i => i.Source)).TakeLast(contextSize).ToList();
        return (this with { Items = first }, new TranslationBatch(ChapterTitle, secondContext, Items.Skip(middle).ToList()));
    }
}
