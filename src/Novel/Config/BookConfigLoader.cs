using System.Globalization;
using Novel.Model;

namespace Novel.Config;

/// <summary>Reads a book folder's <c>book.yml</c> into a <see cref="BookConfig"/>; unknown keys are errors, not silently ignored.</summary>
public static class BookConfigLoader
{
    /// <summary>The name of the metadata file in a book folder.</summary>
    public const string FileName = "book.yml";

    private static readonly string[] TopLevelKeys =
    [
        "title", "translated-title", "author", "translator", "lang", "translation-lang", "identifier", "cover-image",
        "date", "rights", "description", "chapter-titles", "front-matter", "glossary", "cleaning", "translation",
    ];

    /// <summary>Loads <c>book.yml</c> from a book folder; a folder without one gets defaults (title from the folder's name).</summary>
    public static BookConfig LoadFromFolder(string bookDirectory)
    {
        var path = Path.Combine(bookDirectory, FileName);
        if (!File.Exists(path))
        {
            var name = new DirectoryInfo(bookDirectory).Name;
            return new BookConfig { Metadata = new BookMetadata { Title = name } };
        }

        var bytes = File.ReadAllBytes(path);
        string text;
        try
        {
            text = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (System.Text.DecoderFallbackException e)
        {
            throw new NovelInputException(path, "book.yml must be UTF-8", byteOffset: e.Index, inner: e);
        }

        return Parse(text, path, new DirectoryInfo(bookDirectory).Name);
    }

    /// <summary>Parses book.yml text.</summary>
    /// <param name="text">The YAML text.</param>
    /// <param name="path">The file's path, for error messages.</param>
    /// <param name="fallbackTitle">The title to use when the file names none.</param>
    public static BookConfig Parse(string text, string path, string fallbackTitle)
    {
        var root = YamlSubsetReader.Read(text, path);
        foreach (var (key, node) in root.Entries)
        {
            if (!TopLevelKeys.Contains(key, StringComparer.Ordinal))
            {
                throw new NovelInputException(path, $"unknown key '{key}' (known keys: {string.Join(", ", TopLevelKeys)})", node.Line);
            }
        }

        var metadata = new BookMetadata
        {
            Title = Scalar(root, "title", path) ?? fallbackTitle,
            TranslatedTitle = Scalar(root, "translated-title", path),
            Author = Scalar(root, "author", path),
            Translator = Scalar(root, "translator", path),
            Language = Scalar(root, "lang", path) ?? "zh-Hans",
            TranslationLanguage = Scalar(root, "translation-lang", path) ?? "en",
            Identifier = Scalar(root, "identifier", path),
            CoverImage = Scalar(root, "cover-image", path),
            Date = Scalar(root, "date", path),
            Rights = Scalar(root, "rights", path),
            Description = Scalar(root, "description", path),
        };
        CheckLanguageTag(metadata.Language, path, Find(root, "lang")?.Line ?? 0);
        CheckLanguageTag(metadata.TranslationLanguage, path, Find(root, "translation-lang")?.Line ?? 0);

        return new BookConfig
        {
            Metadata = metadata,
            ChapterTitles = ChapterTitles(root, path),
            FrontMatter = Find(root, "front-matter") is { } front ? StringList(front, "front-matter", path) : null,
            Glossary = StringMap(Find(root, "glossary"), "glossary", path),
            Cleaning = Cleaning(Find(root, "cleaning"), path),
            Translator = Translator(Find(root, "translation"), path),
        };
    }

    private static Dictionary<int, string> ChapterTitles(YamlMapping root, string path)
    {
        var result = new Dictionary<int, string>();
        if (Find(root, "chapter-titles") is not { } node || node is YamlScalar { Value: "" })
        {
            return result;
        }

        foreach (var (key, value) in AsMapping(node, "chapter-titles", path).Entries)
        {
            if (!int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
            {
                throw new NovelInputException(path, $"chapter-titles: '{key}' is not a chapter number", value.Line);
            }

            result[number] = value is YamlScalar s
                ? s.Value
                : throw new NovelInputException(path, $"chapter-titles.{key} must be a single value", value.Line);
        }

        return result;
    }

    private static CleaningSettings Cleaning(YamlNode? node, string path)
    {
        if (node is null)
        {
            return CleaningSettings.Default;
        }

        var map = AsMapping(node, "cleaning", path);
        CheckKeys(map, "cleaning", path, "drop", "keep", "author-notes");
        var notes = Scalar(map, "author-notes", path) ?? "keep";
        if (notes is not ("keep" or "drop"))
        {
            throw new NovelInputException(path, $"cleaning.author-notes must be 'keep' or 'drop', not '{notes}'", Find(map, "author-notes")!.Line);
        }

        return new CleaningSettings(
            Find(map, "drop") is { } drop ? StringList(drop, "cleaning.drop", path) : [],
            Find(map, "keep") is { } keep ? StringList(keep, "cleaning.keep", path) : [],
            notes == "drop");
    }

    private static TranslatorSettings Translator(YamlNode? node, string path)
    {
        if (node is null)
        {
            return new TranslatorSettings();
        }

        var map = AsMapping(node, "translation", path);
        CheckKeys(map, "translation", path, "base-url", "model", "api-key", "concurrency", "batch-chars", "timeout");
        return new TranslatorSettings
        {
            BaseUrl = Scalar(map, "base-url", path),
            Model = Scalar(map, "model", path),
            ApiKey = Scalar(map, "api-key", path),
            Concurrency = Integer(map, "concurrency", path),
            BatchChars = Integer(map, "batch-chars", path),
            TimeoutSeconds = Integer(map, "timeout", path),
        };
    }

    private static void CheckLanguageTag(string tag, string path, int line)
    {
        // BCP 47 in the shape readers accept: a 2-3 letter primary subtag, then letter/digit subtags.
        var parts = tag.Split('-');
        var ok = parts[0].Length is 2 or 3 && parts[0].All(char.IsAsciiLetter)
            && parts.Skip(1).All(p => p.Length is >= 1 and <= 8 && p.All(char.IsAsciiLetterOrDigit));
        if (!ok)
        {
            throw new NovelInputException(path, $"'{tag}' is not a BCP 47 language tag (for example zh-Hans, zh-Hant, en)", line);
        }
    }

    private static YamlNode? Find(YamlMapping map, string key) =>
        map.Entries.FirstOrDefault(e => e.Key == key).Value;

    private static string? Scalar(YamlMapping map, string key, string path)
    {
        var node = Find(map, key);
        return node switch
        {
            null => null,
            YamlScalar { Value: "" } => null,
            YamlScalar scalar => scalar.Value,
            _ => throw new NovelInputException(path, $"'{key}' must be a single value", node.Line),
        };
    }

    private static int? Integer(YamlMapping map, string key, string path)
    {
        var text = Scalar(map, key, path);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new NovelInputException(path, $"'{key}' must be a positive whole number, not '{text}'", Find(map, key)!.Line);
    }

    private static YamlMapping AsMapping(YamlNode node, string key, string path) =>
        node as YamlMapping ?? throw new NovelInputException(path, $"'{key}' must be a mapping of 'key: value' lines", node.Line);

    private static void CheckKeys(YamlMapping map, string parent, string path, params string[] known)
    {
        foreach (var (key, node) in map.Entries)
        {
            if (!known.Contains(key, StringComparer.Ordinal))
            {
                throw new NovelInputException(path, $"unknown key '{parent}.{key}' (known: {string.Join(", ", known)})", node.Line);
            }
        }
    }

    private static List<string> StringList(YamlNode node, string key, string path) => node switch
    {
        YamlSequence seq => seq.Items.Select(item => item is YamlScalar s
            ? s.Value
            : throw new NovelInputException(path, $"'{key}' items must be single values", item.Line)).ToList(),
        YamlScalar { Value: "" } => [],
        YamlScalar s => [s.Value],
        _ => throw new NovelInputException(path, $"'{key}' must be a list", node.Line),
    };

    private static Dictionary<string, string> StringMap(YamlNode? node, string key, string path)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node is null or YamlScalar { Value: "" })
        {
            return result;
        }

        foreach (var (name, value) in AsMapping(node, key, path).Entries)
        {
            result[name] = value is YamlScalar s
                ? s.Value
                : throw new NovelInputException(path, $"'{key}.{name}' must be a single value", value.Line);
        }

        return result;
    }
}
