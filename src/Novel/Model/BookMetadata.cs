namespace Novel.Model;

/// <summary>What a book says about itself: titles, author, languages, identifier and the like.</summary>
public sealed record BookMetadata
{
    /// <summary>The title in the original language.</summary>
    public required string Title { get; init; }

    /// <summary>The title in the translation language, when there is one.</summary>
    public string? TranslatedTitle { get; init; }

    /// <summary>The author, as the original gives the name.</summary>
    public string? Author { get; init; }

    /// <summary>The translator, when known.</summary>
    public string? Translator { get; init; }

    /// <summary>The original's BCP 47 language; Chinese in simplified script by default.</summary>
    public string Language { get; init; } = "zh-Hans";

    /// <summary>The translation's BCP 47 language.</summary>
    public string TranslationLanguage { get; init; } = "en";

    /// <summary>A stable identifier (for example <c>urn:uuid:…</c>); derived from title and author when absent.</summary>
    public string? Identifier { get; init; }

    /// <summary>The path of the cover image, relative to the book folder, when there is one.</summary>
    public string? CoverImage { get; init; }

    /// <summary>The publication date as written in the book's metadata (for example <c>2024</c> or <c>2024-05-01</c>).</summary>
    public string? Date { get; init; }

    /// <summary>A rights statement.</summary>
    public string? Rights { get; init; }

    /// <summary>A short description of the book.</summary>
    public string? Description { get; init; }
}
