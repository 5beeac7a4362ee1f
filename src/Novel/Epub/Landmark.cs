namespace Novel.Epub;

/// <summary>A landmark of the navigation document: a structural type (<c>cover</c>, <c>titlepage</c>, <c>bodymatter</c>), its label and target.</summary>
internal sealed record Landmark(string EpubType, string Label, string Href);
