namespace Novel.Epub.Reading;

/// <summary>A <c>dc:title</c>: its text, its <c>xml:lang</c> and the <c>title-type</c> that refines it, when given.</summary>
public sealed record EpubTitle(string Text, string? Language, string? TitleType);
