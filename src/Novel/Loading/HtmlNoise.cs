using AngleSharp.Dom;

namespace Novel.Loading;

/// <summary>
/// Recognises the parts of a scraped chapter page that are not the chapter: scripts and styles, navigation, ad slots,
/// comment blocks, recommendation lists (<c>热门推荐</c>, <c>新书推荐</c>…) and link bars (<c>上一章 目录 下一章</c>).
/// </summary>
internal static class HtmlNoise
{
    /// <summary>Elements that never hold chapter text.</summary>
    public static readonly string[] NeverTextTags =
        ["script", "style", "noscript", "iframe", "template", "svg", "canvas", "object", "embed", "form", "button", "select", "input", "textarea", "link", "meta"];

    private static readonly HashSet<string> StructuralTags = new(StringComparer.OrdinalIgnoreCase) { "nav", "header", "footer", "aside", "menu" };

    private static readonly HashSet<string> NoiseTokens = new(StringComparer.OrdinalIgnoreCase)
    {
        "ad", "ads", "adv", "advert", "advertisement", "gg", "banner", "guanggao", "nav", "navbar", "navigation", "menu", "header",
        "footer", "comment", "comments", "pinglun", "reply", "share", "recommend", "recommendation", "tuijian", "hot", "hotbook",
        "sidebar", "breadcrumb", "crumbs", "pager", "pagination", "toolbar", "topbar", "copyright", "login", "search", "related",
        "bottem", "bottem1", "bottem2", "footlink", "link", "links", "friendlink", "tip", "tips", "readtip", "center_tip",
    };

    private static readonly string[] RecommendationHeadings =
        ["热门推荐", "新书推荐", "猜你喜欢", "相关推荐", "推荐阅读", "本书推荐", "精品推荐", "强力推荐", "热门小说", "最新小说", "熱門推薦", "新書推薦", "猜你喜歡"];

    /// <summary>True for an element that is page furniture rather than chapter text.</summary>
    public static bool IsNoise(IElement element)
    {
        if (StructuralTags.Contains(element.LocalName) || HasNoiseToken(element.Id) || element.ClassList.Any(HasNoiseToken))
        {
            return true;
        }

        var text = element.TextContent.AsSpan().Trim(LineText.Blanks);
        if (text.Length < 400 && StartsWithRecommendation(text))
        {
            return true;
        }

        return element.LocalName is "div" or "ul" or "ol" or "p" or "table" or "section" or "dl" or "span" && IsLinkBar(element, text.Length);
    }

    private static bool HasNoiseToken(string? name) =>
        !string.IsNullOrEmpty(name) && (NoiseTokens.Contains(name) || name.Split(['-', '_', ' '], StringSplitOptions.RemoveEmptyEntries).Any(NoiseTokens.Contains));

    private static bool StartsWithRecommendation(ReadOnlySpan<char> text)
    {
        foreach (var heading in RecommendationHeadings)
        {
            if (text.StartsWith(heading, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A short block that is mostly links: a chapter navigation bar or a link list.</summary>
    private static bool IsLinkBar(IElement element, int textLength)
    {
        if (textLength == 0 || textLength > 300)
        {
            return false;
        }

        var linkText = element.QuerySelectorAll("a").Sum(a => a.TextContent.AsSpan().Trim(LineText.Blanks).Length);
        return linkText * 10 >= textLength * 6;
    }
}
