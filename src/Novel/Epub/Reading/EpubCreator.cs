namespace Novel.Epub.Reading;

/// <summary>A <c>dc:creator</c>: the name, its MARC relator role (<c>aut</c>, <c>trl</c>) when given, and its <c>xml:lang</c>.</summary>
public sealed record EpubCreator(string Name, string? Role, string? Language);
