using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Novel.Cleaning;
using Novel.Model;

namespace Novel.Loading;

/// <summary>
/// Loads a scraped chapter page. The bytes are decoded by the page's declared charset when that decodes strictly,
/// else by detection (pages that declare GBK but are UTF-8 are common). The title is the page's chapter heading
/// (an <c>h1</c>, preferring one that reads as a chapter title), not its <c>&lt;title&gt;</c>, which names the site.
/// The body is the content container (<see cref="HtmlContentFinder"/>) with scripts, styles, comments, navigation,
/// ad slots, comment blocks and recommendation lists removed (<see cref="HtmlNoise"/>); <c>&lt;br&gt;</c> and
/// <c>&lt;p&gt;</c> boundaries become lines, <c>&amp;nbsp;</c> indentation is trimmed, and each line carries the
/// source line where its text starts (best effort).
/// </summary>
public static class HtmlChapterLoader
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsKeepingSourceReferences = true });

    /// <summary>Reads and loads a chapter page.</summary>
    /// <param name="path">The page's path.</param>
    /// <returns>The chapter's title, lines and number.</returns>
    /// <exception cref="NovelInputException">The file cannot be read or decoded, or holds no text.</exception>
    public static LoadedChapter Load(string path) => Load(FileBytes.Read(path), path);

    /// <summary>Loads a chapter page from its bytes.</summary>
    /// <param name="bytes">The page's bytes.</param>
    /// <param name="path">The page's path, for locations and errors.</param>
    /// <param name="events">When given, receives a <c>html-noise</c> event for each block with text removed from inside the content container.</param>
    /// <returns>The chapter's title, lines and number.</returns>
    public static LoadedChapter Load(byte[] bytes, string path, ICollection<CleaningEvent>? events = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return FromHtml(TextDecoder.Decode(bytes, path, HtmlCharset.Declared(bytes)), path, events);
    }

    /// <summary>Loads a chapter page from its decoded source.</summary>
    /// <param name="html">The page's HTML source.</param>
    /// <param name="path">The page's path, for locations.</param>
    /// <param name="events">When given, receives a <c>html-noise</c> event for each block with text removed from inside the content container.</param>
    /// <returns>The chapter's title, lines and number.</returns>
    public static LoadedChapter FromHtml(string html, string path, ICollection<CleaningEvent>? events = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(path);

        var source = html.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        using var document = Parser.ParseDocument(source);
        RemoveNeverText(document);

        var title = HtmlTitle.Find(document);
        var content = HtmlContentFinder.Find(document);
        foreach (var noise in content.Descendants<IElement>().Where(HtmlNoise.IsNoise).ToList())
        {
            if (!content.Contains(noise))
            {
                continue; // inside a block already removed
            }

            var text = LineText.Trim(noise.TextContent);
            if (events is not null && text.Length > 0)
            {
                var line = noise.SourceReference?.Position.Line ?? 0;
                events.Add(new CleaningEvent(CleaningAction.Removed, "html-noise", new SourceLocation(path, line), text, noise.LocalName + Describe(noise)));
            }

            noise.Remove();
        }

        var lines = new List<SourceLine>();
        foreach (var (text, line) in HtmlTextLines.Read(content, source))
        {
            var trimmed = LineText.Trim(text);
            if (trimmed.Length > 0 && !(lines.Count == 0 && trimmed == title))
            {
                lines.Add(new SourceLine(trimmed, new SourceLocation(path, line)));
            }
        }

        if (lines.Count == 0)
        {
            throw new NovelInputException(path, "no chapter text found in the page");
        }

        return new LoadedChapter(title, lines, new SourceLocation(path, 0))
        {
            Number = (title is null ? null : ChapterTitlePattern.Match(title)?.Number) ?? ChapterFileName.Parse(path).Number,
        };
    }

    private static string Describe(IElement element) =>
        (string.IsNullOrEmpty(element.Id) ? string.Empty : "#" + element.Id) + string.Concat(element.ClassList.Select(c => "." + c));

    private static void RemoveNeverText(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll(string.Join(',', HtmlNoise.NeverTextTags)).ToList())
        {
            element.Remove();
        }

        foreach (var comment in document.Descendants<IComment>().ToList())
        {
            comment.RemoveFromParent();
        }
    }
}
