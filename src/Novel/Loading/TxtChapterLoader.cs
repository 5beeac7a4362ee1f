using Novel.Model;

namespace Novel.Loading;

/// <summary>
/// Loads one chapter saved as a text file: decodes it, splits it at any line ending, trims each line (full-width
/// spaces and entity-written indentation too) and keeps the non-empty ones with their real line numbers. A title
/// line (<c>第N章 …</c>, <c>楔子</c>, …) as the first non-empty line becomes the title; the number comes from the
/// title, else from the file name.
/// </summary>
public static class TxtChapterLoader
{
    /// <summary>Reads and loads a chapter file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The chapter's title, lines and number.</returns>
    /// <exception cref="NovelInputException">The file cannot be read or decoded.</exception>
    public static LoadedChapter Load(string path) => Load(FileBytes.Read(path), path);

    /// <summary>Loads a chapter from a file's bytes.</summary>
    /// <param name="bytes">The file's bytes, in any encoding <see cref="TextDecoder"/> detects.</param>
    /// <param name="path">The file's path, for locations and errors.</param>
    /// <returns>The chapter's title, lines and number.</returns>
    public static LoadedChapter Load(byte[] bytes, string path) => FromText(TextDecoder.Decode(bytes, path), path);

    /// <summary>Loads a chapter from its decoded text.</summary>
    /// <param name="text">The chapter's text.</param>
    /// <param name="path">The file's path, for locations.</param>
    /// <returns>The chapter's title, lines and number.</returns>
    public static LoadedChapter FromText(string text, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(path);

        var lines = new List<SourceLine>();
        TitleLine? title = null;
        var titleLine = 0;
        string? pendingPrefix = null;
        foreach (var (number, raw) in LineSplitter.Split(text))
        {
            var trimmed = LineText.Trim(raw.Span);
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (lines.Count == 0 && title is null && ChapterTitlePattern.Match(trimmed) is { Kind: not TitleKind.Volume } found)
            {
                title = found;
                titleLine = number;
                if (found.Spill is { Length: 1 } prefix)
                {
                    pendingPrefix = prefix; // a lone 話 whose 說 starts the next line
                }
                else if (found.Spill is { } spill)
                {
                    lines.Add(new SourceLine(spill, new SourceLocation(path, number)));
                }

                continue;
            }

            lines.Add(new SourceLine(pendingPrefix + trimmed, new SourceLocation(path, number)));
            pendingPrefix = null;
        }

        return new LoadedChapter(title?.Text, lines, new SourceLocation(path, titleLine))
        {
            Number = title?.Number ?? ChapterFileName.Parse(path).Number,
            Volume = title?.Volume,
        };
    }
}
