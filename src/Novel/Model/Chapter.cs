namespace Novel.Model;

/// <summary>One chapter of a book: its titles and its paragraphs, paired with their translation when there is one.</summary>
public sealed record Chapter
{
    /// <summary>The chapter's number in reading order, from 1.</summary>
    public required int Number { get; init; }

    /// <summary>The chapter's title in the original language, for example "第1章 残差".</summary>
    public required string Title { get; init; }

    /// <summary>The chapter's title in the translation language, when known.</summary>
    public string? TranslatedTitle { get; init; }

    /// <summary>The volume this chapter opens or belongs to (for example "第一卷 …"), a TOC level above chapters.</summary>
    public string? Volume { get; init; }

    /// <summary>Where the chapter came from.</summary>
    public required SourceLocation Source { get; init; }

    /// <summary>The chapter's beads: each original paragraph with its translation, in reading order.</summary>
    public required IReadOnlyList<ParagraphPair> Pairs { get; init; }

    /// <summary>The original paragraphs of the chapter, in order.</summary>
    public IEnumerable<Paragraph> OriginalParagraphs => Pairs.SelectMany(p => p.Original);

    /// <summary>Makes a chapter whose paragraphs have no translation yet.</summary>
    public static Chapter FromParagraphs(int number, string title, SourceLocation source, IEnumerable<Paragraph> paragraphs) =>
        new() { Number = number, Title = title, Source = source, Pairs = paragraphs.Select(ParagraphPair.Untranslated).ToList() };
}
