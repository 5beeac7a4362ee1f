using Novel.Cleaning;
using Novel.Config;
using Novel.Model;

namespace Novel.Building;

/// <summary>A book folder loaded, cleaned and paired: the book model plus everything the stages reported.</summary>
/// <param name="Book">The book, ready for a writer.</param>
/// <param name="Config">The book's settings from book.yml.</param>
/// <param name="Chapters">Each chapter with its cleaning and pairing results, in reading order.</param>
/// <param name="LoadEvents">What the loaders did beyond single chapters: whole-book splits, hard-wrap joins.</param>
/// <param name="InputFiles">Every file the book was built from.</param>
public sealed record AssembledBook(
    Book Book,
    BookConfig Config,
    IReadOnlyList<AssembledChapter> Chapters,
    IReadOnlyList<CleaningEvent> LoadEvents,
    IReadOnlyList<string> InputFiles)
{
    /// <summary>Every cleaning event of every chapter, in order.</summary>
    public IEnumerable<CleaningEvent> CleaningEvents => LoadEvents.Concat(Chapters.SelectMany(c => c.Cleaned.Events));

    /// <summary>How many whole lines were removed as boilerplate.</summary>
    public int RemovedLines => Chapters.Sum(c => c.Cleaned.Events.Count(e => e.Action == CleaningAction.Removed));

    /// <summary>How many original paragraphs have no translation.</summary>
    public int UntranslatedParagraphs => Book.Chapters.Sum(c => c.Pairs.Where(p => p.Translation.Count == 0).Sum(p => p.Original.Count));

    /// <summary>How many original paragraphs the book holds.</summary>
    public int Paragraphs => Book.Chapters.Sum(c => c.Pairs.Sum(p => p.Original.Count));
}
