namespace Novel.Model;

/// <summary>A run of text with one style.</summary>
/// <param name="Text">The text, plain Unicode (never markup).</param>
/// <param name="Style">How the run is set.</param>
public sealed record TextRun(string Text, InlineStyle Style = InlineStyle.None);
