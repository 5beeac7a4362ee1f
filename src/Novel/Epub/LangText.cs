namespace Novel.Epub;

/// <summary>A piece of text and the BCP 47 language it is in.</summary>
internal readonly record struct LangText(string Text, string Language);
