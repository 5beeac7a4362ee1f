namespace Novel.Config;

/// <summary>A node of the small YAML subset that book.yml uses: a scalar, a mapping or a sequence.</summary>
/// <param name="Line">The 1-based line the node starts on, for error messages.</param>
public abstract record YamlNode(int Line);

/// <summary>A scalar value, already unquoted.</summary>
/// <param name="Value">The text of the scalar.</param>
/// <param name="Line">The 1-based line it stands on.</param>
public sealed record YamlScalar(string Value, int Line) : YamlNode(Line);

/// <summary>A mapping of keys to nodes, in the order written.</summary>
/// <param name="Entries">The entries in file order.</param>
/// <param name="Line">The 1-based line of its first key.</param>
public sealed record YamlMapping(IReadOnlyList<KeyValuePair<string, YamlNode>> Entries, int Line) : YamlNode(Line);

/// <summary>A sequence of nodes.</summary>
/// <param name="Items">The items in file order.</param>
/// <param name="Line">The 1-based line of its first item.</param>
public sealed record YamlSequence(IReadOnlyList<YamlNode> Items, int Line) : YamlNode(Line);
