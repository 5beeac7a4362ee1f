using Novel.Model;

namespace Novel.Translation;

/// <summary>
/// Everything in a book that still needs a translation, as slots (places in the book) and distinct items (texts to send,
/// each once however often it occurs and only when the memory lacks it); then the book with translations attached.
/// </summary>
internal sealed class TranslationWorkList
{
    private TranslationWorkList(
        IReadOnlyList<TranslationSlot> slots,
        IReadOnlyList<TranslationItem> pending,
        IReadOnlyList<string> chapterTitles,
        IReadOnlyList<IReadOnlyList<string>> chapterParagraphs)
    {
        Slots = slots;
        Pending = pending;
        ChapterTitles = chapterTitles;
        ChapterParagraphs = chapterParagraphs;
    }

    /// <summary>Every place that needs a translation.</summary>
    public IReadOnlyList<TranslationSlot> Slots { get; }

    /// <summary>The distinct texts the memory does not have, in reading order.</summary>
    public IReadOnlyList<TranslationItem> Pending { get; }

    /// <summary>Each chapter's title, by index.</summary>
    public IReadOnlyList<string> ChapterTitles { get; }

    /// <summary>Each chapter's original paragraphs, by index.</summary>
    public IReadOnlyList<IReadOnlyList<string>> ChapterParagraphs { get; }

    /// <summary>Finds the slots of a book and the texts the memory lacks for the model (none when no model is named).</summary>
    public static TranslationWorkList Create(Book book, string? model, Glossary glossary, bool translateTitles, TranslationMemory memory)
    {
        var slots = new List<TranslationSlot>();
        var pending = new Dictionary<string, TranslationItem>(StringComparer.Ordinal);
        var chapterParagraphs = new List<IReadOnlyList<string>>();
        for (var c = 0; c < book.Chapters.Count; c++)
        {
            var chapter = book.Chapters[c];
            chapterParagraphs.Add(chapter.OriginalParagraphs.Select(p => p.Text).ToList());
            if (translateTitles && chapter.TranslatedTitle is null && HanText.Contains(chapter.Title))
            {
                Add(new Paragraph(chapter.Title, chapter.Source), c, -1, -1);
            }

            var position = 0;
            for (var p = 0; p < chapter.Pairs.Count; p++)
            {
                var pair = chapter.Pairs[p];
                foreach (var original in pair.Original)
                {
                    if (pair.IsUntranslated)
                    {
                        Add(original, c, p, position);
                    }

                    position++;
                }
            }
        }

        return new TranslationWorkList(slots, pending.Values.ToList(), book.Chapters.Select(c => c.Title).ToList(), chapterParagraphs);

        void Add(Paragraph original, int chapter, int pair, int position)
        {
            var text = original.Text.Trim();
            if (!HanText.Contains(text))
            {
                slots.Add(new TranslationSlot(chapter, pair, original, null, null, []));
                return;
            }

            var language = book.Metadata.TranslationLanguage;
            var terms = glossary.EntriesIn(text);
            var key = model is null ? null : TranslationMemoryKey.For(text, model, terms, TranslationPrompt.Version, language);
            var anyModelKey = TranslationMemoryKey.ForAnyModel(text, terms, TranslationPrompt.Version, language);
            var slot = new TranslationSlot(chapter, pair, original, key, anyModelKey, terms);
            slots.Add(slot);
            if (key is not null && !memory.TryGet(key, out _) && !pending.ContainsKey(key))
            {
                pending[key] = new TranslationItem(key, anyModelKey, text, terms, pair < 0 ? -1 : chapter, position, slot.Where);
            }
        }
    }

    /// <summary>Counts the slots the lookup fills and those copied as they are.</summary>
    public (int Known, int Copied) CountKnown(Func<TranslationSlot, string?> lookup) =>
        (Slots.Count(s => !s.IsCopy && lookup(s) is not null), Slots.Count(s => s.IsCopy));

    /// <summary>
    /// A copy of the book with every slot whose translation is known filled in: a bead is translated only when all its
    /// originals are. Glossary misses are collected for every attached translation.
    /// </summary>
    public Book Attach(Book book, Func<TranslationSlot, string?> lookup, string? model, List<GlossaryMiss> misses)
    {
        var bySlot = new Dictionary<(int Chapter, int Pair), List<(TranslationSlot Slot, string? Text)>>();
        foreach (var slot in Slots)
        {
            var text = slot.IsCopy ? slot.Original.Text.Trim() : lookup(slot);
            if (text is not null && !slot.IsCopy)
            {
                misses.AddRange(GlossaryChecker.Misses(slot.Terms, text).Select(e => new GlossaryMiss(slot.Where, e.Term, e.English)));
            }

            if (!bySlot.TryGetValue((slot.Chapter, slot.Pair), out var list))
            {
                bySlot[(slot.Chapter, slot.Pair)] = list = [];
            }

            list.Add((slot, text));
        }

        var chapters = book.Chapters.Select((chapter, c) => Attach(chapter, c, bySlot, model)).ToList();
        return book with { Chapters = chapters };
    }

    private static Chapter Attach(Chapter chapter, int index, Dictionary<(int, int), List<(TranslationSlot Slot, string? Text)>> bySlot, string? model)
    {
        var title = bySlot.TryGetValue((index, -1), out var titleSlots) && titleSlots[0].Text is { } translatedTitle ? translatedTitle : chapter.TranslatedTitle;
        var pairs = chapter.Pairs.Select((pair, p) =>
            bySlot.TryGetValue((index, p), out var filled) && filled.All(f => f.Text is not null)
                ? pair with { Translation = filled.Select(f => MachineTranslation.Make(f.Text!, f.Slot.Original, model)).ToList(), Confidence = 1.0 }
                : pair).ToList();
        return chapter with { TranslatedTitle = title, Pairs = pairs };
    }
}
