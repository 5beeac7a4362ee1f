using Novel.Model;
using Novel.Translation;

namespace Novel.Pairing;

/// <summary>
/// Machine translations of a chapter's original paragraphs for MT-assisted alignment
/// (<see cref="PairingOptions.MachineTranslator"/>): the book's configured translator, through its translation
/// memory, so that a paragraph already translated is never paid for again. A run the endpoint refuses yields no
/// translation, and the chapter keeps its length-and-dictionary alignment.
/// </summary>
/// <param name="options">The translator, as configured for the book (titles are never sent).</param>
/// <param name="memory">The book's translation memory.</param>
/// <param name="metadata">The book's metadata, for its two languages.</param>
public sealed class MachineTranslationSource(TranslatorOptions options, TranslationMemory memory, BookMetadata metadata)
{
    private readonly TranslatorOptions _options = options with { TranslateTitles = false };

    /// <summary>The machine translation of each paragraph, in order, or null when the translator gave up.</summary>
    public IReadOnlyList<string>? Translate(IReadOnlyList<string> paragraphs)
    {
        var location = new SourceLocation("(alignment)", 1);
        var chapter = Chapter.FromParagraphs(1, string.Empty, location, paragraphs.Select(p => new Paragraph(p, location)));
        var book = new Book { Metadata = metadata, Chapters = [chapter] };
        try
        {
            var result = BookTranslator.TranslateAsync(book, _options, memory).GetAwaiter().GetResult();
            var pairs = result.Book.Chapters[0].Pairs;
            if (pairs.Count != paragraphs.Count || pairs.Any(p => p.Translation.Count == 0))
            {
                return null;
            }

            return pairs.Select(p => string.Join(' ', p.Translation.Select(t => t.Text))).ToList();
        }
        catch (TranslationAbortedException)
        {
            return null;
        }
    }
}
