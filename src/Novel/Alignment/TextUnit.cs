namespace Novel.Alignment;

/// <summary>One alignment unit of a text and the index under which it is printed.</summary>
/// <param name="Index">The unit's 0-based index; for <see cref="UnitKind.Line"/>, its 0-based line number.</param>
/// <param name="Text">The unit's text.</param>
public readonly record struct TextUnit(int Index, string Text);
