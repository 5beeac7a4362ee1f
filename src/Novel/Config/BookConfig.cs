using Novel.Model;

namespace Novel.Config;

/// <summary>Everything a book folder's <c>book.yml</c> says: metadata plus settings for each stage.</summary>
public sealed record BookConfig
{
    /// <summary>The book's metadata (titles, author, languages, identifier, …).</summary>
    public required BookMetadata Metadata { get; init; }

    /// <summary>Chapter titles in the original language by chapter number, for chapters whose files carry none.</summary>
    public IReadOnlyDictionary<int, string> ChapterTitles { get; init; } = new Dictionary<int, string>();

    /// <summary>Front-matter Markdown files, relative to the book folder, in order; null to take every non-chapter <c>.md</c> file.</summary>
    public IReadOnlyList<string>? FrontMatter { get; init; }

    /// <summary>Names and terms with their fixed translations (original → translation).</summary>
    public IReadOnlyDictionary<string, string> Glossary { get; init; } = new Dictionary<string, string>();

    /// <summary>The book's own cleaning rules.</summary>
    public CleaningSettings Cleaning { get; init; } = CleaningSettings.Default;

    /// <summary>The machine translator's endpoint, when the book names one.</summary>
    public TranslatorSettings Translator { get; init; } = new();
}
