using Novel.Model;

namespace Novel.Translation;

/// <summary>The book with the translations attached, and what the run did.</summary>
/// <param name="Book">A copy of the book whose untranslated beads got a translation where one is known.</param>
/// <param name="Report">The run's counts, failures and warnings.</param>
public sealed record TranslationResult(Book Book, TranslationRunReport Report);
