using AngleSharp.Dom;

namespace Novel.Loading;

/// <summary>
/// Finds the element that holds a chapter's text on a scraped page: a known container (<c>#content</c>,
/// <c>#chaptercontent</c>, <c>.content</c>, …) when it holds real text, else the element with the most text of its
/// own (text nodes and <c>&lt;p&gt;</c> children, link text not counted).
/// </summary>
internal static class HtmlContentFinder
{
    private const int MinKnownContainerText = 20;

    private static readonly string[] KnownContainers =
    [
        "#content", "#chaptercontent", "#chapterContent", "#chapter_content", "#booktext", "#BookText", "#htmlContent",
        "#txtContent", "#TextContent", "#nr1", "#nr", "#acontent", "#text", ".chapter-content", ".chapter_content",
        ".read-content", ".readcontent", ".article-content", ".txtnav", ".content", "article",
    ];

    public static IElement Find(IDocument document)
    {
        foreach (var selector in KnownContainers)
        {
            var best = document.QuerySelectorAll(selector).MaxBy(OwnTextLength);
            if (best is not null && OwnTextLength(best) >= MinKnownContainerText)
            {
                return best;
            }
        }

        var body = document.Body ?? document.DocumentElement;
        return body.Descendants<IElement>().Where(e => e.LocalName is "div" or "article" or "section" or "main" or "td")
            .Append(body).MaxBy(OwnTextLength)!;
    }

    /// <summary>The length of text an element holds itself: its text nodes and its paragraph children, links excluded.</summary>
    internal static int OwnTextLength(IElement element)
    {
        var length = 0;
        foreach (var child in element.ChildNodes)
        {
            if (child is IText text)
            {
                length += text.Data.AsSpan().Trim().Length;
            }
            else if (child is IElement { LocalName: "p" } paragraph)
            {
                var linkText = paragraph.QuerySelectorAll("a").Sum(a => a.TextContent.Length);
                length += Math.Max(0, paragraph.TextContent.AsSpan().Trim().Length - linkText);
            }
        }

        return length;
    }
}
