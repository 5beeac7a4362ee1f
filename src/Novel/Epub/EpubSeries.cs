namespace Novel.Epub;

/// <summary>
/// The series a book belongs to as one volume of a set (<c>novel build --split-every</c>): written as EPUB 3
/// <c>belongs-to-collection</c> metadata and as calibre's <c>calibre:series</c>, and drawn on a typographic cover.
/// </summary>
/// <param name="Title">The series' name: the whole book's title in the original language.</param>
/// <param name="TranslatedTitle">The whole book's title in the translation language, when there is one.</param>
/// <param name="Position">This volume's number in the set, from 1.</param>
/// <param name="Count">How many volumes the set has.</param>
public sealed record EpubSeries(string Title, string? TranslatedTitle, int Position, int Count);
