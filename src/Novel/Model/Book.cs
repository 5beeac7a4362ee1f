namespace Novel.Model;

/// <summary>
/// The plain book model that every stage shares: loaders make it, cleaners and translators refine it, writers render it.
/// </summary>
public sealed record Book
{
    /// <summary>What the book says about itself.</summary>
    public required BookMetadata Metadata { get; init; }

    /// <summary>Pages before the chapters, in order.</summary>
    public IReadOnlyList<FrontMatterPage> FrontMatter { get; init; } = [];

    /// <summary>The chapters, in reading order.</summary>
    public required IReadOnlyList<Chapter> Chapters { get; init; }

    /// <summary>The cover image's bytes and media type, when the book has one.</summary>
    public CoverImage? Cover { get; init; }
}
