using System.Text.RegularExpressions;

namespace Novel.Loading;

/// <summary>
/// What a chapter file's name says: <c>0001.txt</c> (number 1), <c>0001 残差.txt</c> (number and title),
/// <c>12-第十二章 标题.html</c>, <c>第十二章 标题.txt</c>. A translation sits beside its chapter as
/// <c>NNNN.&lt;lang&gt;.md</c> (for example <c>0001.en.md</c> beside <c>0001.txt</c>).
/// </summary>
/// <param name="Number">The chapter number the name gives, or null.</param>
/// <param name="Title">The title the name gives (<c>残差</c>, <c>第十二章 标题</c>), or null.</param>
/// <param name="Extension">The extension, lower case, with its dot (<c>.txt</c>, <c>.md</c>).</param>
/// <param name="Language">For a translation file, the language tag from <c>NNNN.&lt;lang&gt;.md</c>; else null.</param>
public sealed partial record ChapterFileName(int? Number, string? Title, string Extension, string? Language)
{
    /// <summary>True for a translation file (<c>NNNN.&lt;lang&gt;.md</c>).</summary>
    public bool IsTranslation => Language is not null;

    /// <summary>Reads a file name (a path is fine; only its last part is read).</summary>
    /// <param name="path">The file's path or name.</param>
    /// <returns>What the name says.</returns>
    public static ChapterFileName Parse(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        var stem = Path.GetFileNameWithoutExtension(name);
        string? language = null;
        if (extension == ".md" && LanguageSuffix().Match(stem) is { Success: true } lang)
        {
            language = lang.Groups["lang"].Value;
            stem = stem[..lang.Index];
        }

        var (number, title) = ReadStem(stem.Trim());
        return new ChapterFileName(number, title, extension, language);
    }

    /// <summary>True when the path names a translation file (<c>NNNN.&lt;lang&gt;.md</c>) rather than a chapter.</summary>
    /// <param name="path">The file's path or name.</param>
    /// <returns>Whether it is a translation.</returns>
    public static bool IsTranslationFile(string path) => Parse(path).IsTranslation;

    /// <summary>The path a chapter's translation into a language has: <c>dir/0001.txt</c> → <c>dir/0001.en.md</c>.</summary>
    /// <param name="chapterPath">The chapter file's path.</param>
    /// <param name="language">The language tag, for example <c>en</c>.</param>
    /// <returns>The translation's path, whether or not it exists.</returns>
    public static string TranslationPath(string chapterPath, string language)
    {
        ArgumentNullException.ThrowIfNull(chapterPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        var directory = Path.GetDirectoryName(chapterPath) ?? string.Empty;
        return Path.Combine(directory, Path.GetFileNameWithoutExtension(chapterPath) + "." + language + ".md");
    }

    /// <summary>The chapter's translation file into a language when it exists, else null.</summary>
    /// <param name="chapterPath">The chapter file's path.</param>
    /// <param name="language">The language tag, for example <c>en</c>.</param>
    /// <returns>The existing translation's path, or null.</returns>
    public static string? FindTranslation(string chapterPath, string language)
    {
        var path = TranslationPath(chapterPath, language);
        return File.Exists(path) ? path : null;
    }

    private static (int? Number, string? Title) ReadStem(string stem)
    {
        if (ChapterTitlePattern.Match(stem) is { Kind: not TitleKind.Volume } whole)
        {
            return (whole.Number, whole.Text);
        }

        var m = NumberedStem().Match(stem);
        if (!m.Success)
        {
            return (null, stem.Length > 0 ? stem : null);
        }

        var number = ChineseNumber.Parse(m.Groups["num"].Value);
        var title = m.Groups["title"].Value.Trim();
        if (title.Length == 0 || HashLike().IsMatch(title))
        {
            return (number, null);
        }

        return (number, ChapterTitlePattern.Match(title)?.Text ?? title);
    }

    [GeneratedRegex(@"\.(?<lang>[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageSuffix();

    [GeneratedRegex(@"^(?<num>[0-9０-９]{1,9})(?:[\s\u3000._\-—–]+(?<title>.*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedStem();

    [GeneratedRegex(@"^[0-9a-f]{8,}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HashLike();
}
