using Novel.Config;
using Novel.Translation;

namespace Novel.Building;

/// <summary>
/// Attaches what the book's translation memory already holds (from earlier <c>novel translate</c> runs) to paragraphs
/// that have no human translation. Sends nothing: a build never pays for a translation.
/// </summary>
public static class MemoryTranslations
{
    /// <summary>The book's glossary, as the translator and the memory's keys use it.</summary>
    public static Glossary Glossary(BookConfig config) =>
        new(config.Glossary.Select(entry => new GlossaryEntry(entry.Key, entry.Value)));

    /// <summary>Returns the book with remembered machine translations attached, or as it was when there is no memory.</summary>
    public static AssembledBook Apply(AssembledBook assembled, string bookDirectory)
    {
        var path = TranslationMemory.DefaultPath(bookDirectory);
        if (!File.Exists(path))
        {
            return assembled;
        }

        using var memory = TranslationMemory.Open(path);
        var result = BookTranslator.ApplyMemory(assembled.Book, memory, assembled.Config.Translator.Model, Glossary(assembled.Config));
        return assembled with { Book = result.Book, InputFiles = [.. assembled.InputFiles, path] };
    }
}
