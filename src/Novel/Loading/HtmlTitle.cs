using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Novel.Loading;

/// <summary>
/// Finds a chapter page's title: a heading that reads as a chapter title (<c>.bookname h1</c>, any <c>h1</c>…
/// <c>h3</c>, a <c>.title</c>), else the first <c>h1</c>, else the part of <c>&lt;title&gt;</c> before the site name.
/// </summary>
internal static partial class HtmlTitle
{
    private static readonly string[] Candidates =
        [".bookname h1", "#chaptertitle", ".chaptertitle", "#title", ".title", "h1", "h2", "h3"];

    public static string? Find(IDocument document)
    {
        string? firstH1 = null;
        foreach (var selector in Candidates)
        {
            foreach (var element in document.QuerySelectorAll(selector))
            {
                var text = Collapse(element.TextContent);
                if (text.Length == 0 || text.Length > 80)
                {
                    continue;
                }

                if (ChapterTitlePattern.Match(text) is { Kind: not TitleKind.Volume } title)
                {
                    return title.Text;
                }

                firstH1 ??= element.LocalName == "h1" ? text : null;
            }
        }

        return firstH1 ?? FromDocumentTitle(document.Title);
    }

    private static string? FromDocumentTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var parts = SiteSeparator().Split(title).Select(Collapse).Where(p => p.Length > 0).ToList();
        return parts.Select(p => ChapterTitlePattern.Match(p)?.Text).FirstOrDefault(t => t is not null) ?? parts.FirstOrDefault();
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim(LineText.Blanks);

    [GeneratedRegex(@"\s*[_|｜—–-]\s*|\s+-\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SiteSeparator();

    [GeneratedRegex(@"[ \t\r\n\f\u00A0]+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
