using Novel.Model;

namespace Novel.Loading;

/// <summary>One line of a loaded file, before cleaning: its text and where it stands.</summary>
/// <param name="Text">The line's text, without its line ending; indentation already trimmed.</param>
/// <param name="Source">The file and 1-based line it came from.</param>
public sealed record SourceLine(string Text, SourceLocation Source);
