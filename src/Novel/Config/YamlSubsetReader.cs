using System.Globalization;
using System.Text;

namespace Novel.Config;

/// <summary>
/// Reads the YAML subset book.yml needs: nested block mappings and sequences by indentation, plain, single- and
/// double-quoted scalars, flow sequences (<c>[a, b]</c>), comments and a leading <c>---</c>. Anything else is an
/// error that names the file and line, rather than a silent misreading.
/// </summary>
public static class YamlSubsetReader
{
    /// <summary>Parses YAML text into a root mapping.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="path">The file's path, for error messages.</param>
    public static YamlMapping Read(string text, string path)
    {
        var lines = Tokenize(text, path);
        var index = 0;
        if (lines.Count == 0)
        {
            return new YamlMapping([], 1);
        }

        if (lines[0].Indent != 0)
        {
            throw new NovelInputException(path, "the first key must not be indented", lines[0].Number);
        }

        var node = ReadBlock(lines, ref index, 0, path);
        if (index < lines.Count)
        {
            throw new NovelInputException(path, "unexpected indentation", lines[index].Number);
        }

        return node as YamlMapping ?? throw new NovelInputException(path, "the top level must be a mapping of keys", lines[0].Number);
    }

    private static YamlNode ReadBlock(List<LogicalLine> lines, ref int index, int indent, string path)
    {
        return lines[index].Text.StartsWith('-') && (lines[index].Text.Length == 1 || lines[index].Text[1] == ' ')
            ? ReadSequence(lines, ref index, indent, path)
            : ReadMapping(lines, ref index, indent, path);
    }

    private static YamlMapping ReadMapping(List<LogicalLine> lines, ref int index, int indent, string path)
    {
        var entries = new List<KeyValuePair<string, YamlNode>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var first = lines[index].Number;
        while (index < lines.Count && lines[index].Indent == indent)
        {
            var line = lines[index];
            var colon = FindMappingColon(line.Text);
            if (colon < 0)
            {
                throw new NovelInputException(path, $"expected 'key: value', found '{line.Text}'", line.Number);
            }

            var key = Unquote(line.Text[..colon].Trim(), path, line.Number);
            if (!seen.Add(key))
            {
                throw new NovelInputException(path, $"key '{key}' appears twice", line.Number);
            }

            var rest = line.Text[(colon + 1)..].Trim();
            index++;
            YamlNode value;
            if (rest.Length > 0)
            {
                value = ReadInlineValue(rest, path, line.Number);
            }
            else if (index < lines.Count && lines[index].Indent > indent)
            {
                value = ReadBlock(lines, ref index, lines[index].Indent, path);
            }
            else if (index < lines.Count && lines[index].Indent == indent && lines[index].Text.StartsWith("- ", StringComparison.Ordinal))
            {
                value = ReadSequence(lines, ref index, indent, path);
            }
            else
            {
                value = new YamlScalar(string.Empty, line.Number);
            }

            entries.Add(new(key, value));
        }

        if (index < lines.Count && lines[index].Indent > indent)
        {
            throw new NovelInputException(path, "unexpected indentation", lines[index].Number);
        }

        return new YamlMapping(entries, first);
    }

    private static YamlSequence ReadSequence(List<LogicalLine> lines, ref int index, int indent, string path)
    {
        var items = new List<YamlNode>();
        var first = lines[index].Number;
        while (index < lines.Count && lines[index].Indent == indent && lines[index].Text.StartsWith('-'))
        {
            var line = lines[index];
            var rest = line.Text.Length > 1 ? line.Text[1..].TrimStart() : string.Empty;
            if (rest.Length == 0)
            {
                index++;
                if (index >= lines.Count || lines[index].Indent <= indent)
                {
                    items.Add(new YamlScalar(string.Empty, line.Number));
                    continue;
                }

                items.Add(ReadBlock(lines, ref index, lines[index].Indent, path));
            }
            else if (FindMappingColon(rest) >= 0 && !rest.StartsWith('[') && !rest.StartsWith('"') && !rest.StartsWith('\''))
            {
                // "- key: value" opens a mapping whose keys sit at the column after "- ".
                var column = indent + (line.Text.Length - rest.Length);
                lines[index] = line with { Indent = column, Text = rest };
                items.Add(ReadMapping(lines, ref index, column, path));
            }
            else
            {
                items.Add(ReadInlineValue(rest, path, line.Number));
                index++;
            }
        }

        return new YamlSequence(items, first);
    }

    private static YamlNode ReadInlineValue(string text, string path, int line)
    {
        if (text.StartsWith('['))
        {
            if (!text.EndsWith(']'))
            {
                throw new NovelInputException(path, "a flow sequence must end with ']' on the same line", line);
            }

            var inner = text[1..^1].Trim();
            var items = inner.Length == 0
                ? []
                : SplitFlow(inner, path, line).Select(part => (YamlNode)new YamlScalar(Unquote(part.Trim(), path, line), line)).ToList();
            return new YamlSequence(items, line);
        }

        if (text.StartsWith('{'))
        {
            throw new NovelInputException(path, "flow mappings ({...}) are not supported; write one 'key: value' a line", line);
        }

        if (text is "|" or ">" || text.StartsWith("|", StringComparison.Ordinal) || text.StartsWith(">", StringComparison.Ordinal))
        {
            throw new NovelInputException(path, "block scalars (| and >) are not supported; write the value on one line in quotes", line);
        }

        return new YamlScalar(Unquote(text, path, line), line);
    }

    private static List<string> SplitFlow(string inner, string path, int line)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        char quote = '\0';
        foreach (var c in inner)
        {
            if (quote != '\0')
            {
                current.Append(c);
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
                current.Append(c);
            }
            else if (c == ',')
            {
                parts.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        if (quote != '\0')
        {
            throw new NovelInputException(path, "unterminated quoted string", line);
        }

        parts.Add(current.ToString());
        return parts;
    }

    private static string Unquote(string text, string path, int line)
    {
        if (text.Length >= 2 && text[0] == '\'' && text[^1] == '\'')
        {
            return text[1..^1].Replace("''", "'", StringComparison.Ordinal);
        }

        if (text.Length >= 2 && text[0] == '"' && text[^1] == '"')
        {
            return UnescapeDoubleQuoted(text[1..^1], path, line);
        }

        if (text.StartsWith('"') || text.StartsWith('\''))
        {
            throw new NovelInputException(path, "unterminated quoted string", line);
        }

        return text;
    }

    private static string UnescapeDoubleQuoted(string text, string path, int line)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\')
            {
                result.Append(text[i]);
                continue;
            }

            if (++i >= text.Length)
            {
                throw new NovelInputException(path, "a double-quoted string ends with a lone backslash", line);
            }

            switch (text[i])
            {
                case 'n': result.Append('\n'); break;
                case 't': result.Append('\t'); break;
                case '"': result.Append('"'); break;
                case '\\': result.Append('\\'); break;
                case '/': result.Append('/'); break;
                case 'u' when i + 4 < text.Length && int.TryParse(text.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                    result.Append((char)code);
                    i += 4;
                    break;
                default:
                    throw new NovelInputException(path, $"unknown escape '\\{text[i]}' in a double-quoted string", line);
            }
        }

        return result.ToString();
    }

    /// <summary>Finds the colon that separates a key from its value: outside quotes and followed by a space or the end.</summary>
    private static int FindMappingColon(string text)
    {
        char quote = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if ((c is '"' or '\'') && i == 0)
            {
                quote = c;
            }
            else if (c == ':' && (i + 1 == text.Length || text[i + 1] == ' '))
            {
                return i;
            }
        }

        return -1;
    }

    private static List<LogicalLine> Tokenize(string text, string path)
    {
        var result = new List<LogicalLine>();
        var number = 0;
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            number++;
            var line = raw.TrimStart('\uFEFF');
            if (line.Contains('\t', StringComparison.Ordinal) && line.TrimStart().Length != line.Length && line[..(line.Length - line.TrimStart().Length)].Contains('\t', StringComparison.Ordinal))
            {
                throw new NovelInputException(path, "indent with spaces, not tabs", number);
            }

            var content = StripComment(line).TrimEnd();
            if (content.Trim().Length == 0 || (number == 1 && content == "---"))
            {
                continue;
            }

            if (content == "---" || content == "...")
            {
                throw new NovelInputException(path, "only one YAML document is allowed", number);
            }

            var indent = content.Length - content.TrimStart(' ').Length;
            result.Add(new LogicalLine(number, indent, content.Trim()));
        }

        return result;
    }

    private static string StripComment(string line)
    {
        char quote = '\0';
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'' && (i == 0 || line[i - 1] is ' ' or '[' or ',' or ':' or '-'))
            {
                quote = c;
            }
            else if (c == '#' && (i == 0 || line[i - 1] == ' '))
            {
                return line[..i];
            }
        }

        return line;
    }

    private sealed record LogicalLine(int Number, int Indent, string Text);
}
