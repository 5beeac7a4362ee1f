using System.Text.RegularExpressions;

namespace Novel.Loading;

/// <summary>
/// Reads the page marks that sites and scrapers put on one page of a chapter split across several:
/// a title ending in <c>（2/3）</c>, <c>(2)</c>, <c>（第2页）</c> or <c>第2页</c>, and a file named like its first page
/// with <c>_2</c> added (<c>12.html</c>, <c>12_2.html</c>; <c>0012.txt</c>, <c>0012-2.txt</c>).
/// Only Arabic page numbers count: <c>决战（二）</c> is a chapter's name, not a page.
/// </summary>
public static partial class ChapterPageMarker
{
    /// <summary>The title without its page mark and the page number it gave; the title itself and null when it has none.</summary>
    /// <param name="title">A chapter title.</param>
    /// <returns>The base title and the page number, or the title unchanged and null.</returns>
    public static (string Title, int? Page) Read(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var m = TitlePage().Match(title);
        if (!m.Success || ParseDigits(m.Groups["page"].Value) is not { } page)
        {
            return (title, null);
        }

        if (m.Groups["of"].Success && (ParseDigits(m.Groups["of"].Value) is not { } of || page > of))
        {
            return (title, null);
        }

        var rest = title[..m.Index].TrimEnd();
        return rest.Length == 0 ? (title, null) : (rest, page);
    }

    /// <summary>
    /// The page number a file's name gives as a later page of <paramref name="previousFile"/>'s chapter: <c>12_2.html</c>
    /// after <c>12.html</c> is page 2. Null when the name is not the previous file's name with a page suffix.
    /// </summary>
    /// <param name="file">A chapter file's path.</param>
    /// <param name="previousFile">The path of the file before it in reading order.</param>
    /// <returns>The page number, or null.</returns>
    public static int? ReadFileName(string file, string previousFile)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(previousFile);
        var m = FilePage().Match(Path.GetFileNameWithoutExtension(file));
        if (!m.Success)
        {
            return null;
        }

        var previous = Path.GetFileNameWithoutExtension(previousFile);
        var previousBase = FilePage().Match(previous) is { Success: true } p ? p.Groups["base"].Value : previous;
        return string.Equals(m.Groups["base"].Value, previousBase, StringComparison.Ordinal) ? ParseDigits(m.Groups["page"].Value) : null;
    }

    private static int? ParseDigits(string digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            var d = c is >= '０' and <= '９' ? c - '０' : c - '0';
            value = (value * 10) + d;
        }

        return digits.Length is > 0 and <= 3 ? value : null;
    }

    [GeneratedRegex(@"\s*(?:[（(【\[]\s*(?:第\s*)?(?<page>[0-9０-９]{1,3})\s*(?:[/／]\s*(?<of>[0-9０-９]{1,3})\s*)?[页頁]?\s*[)）】\]]|第\s*(?<page>[0-9０-９]{1,3})\s*[页頁])$", RegexOptions.CultureInvariant)]
    private static partial Regex TitlePage();

    [GeneratedRegex(@"^(?<base>.+?)[_\-](?<page>[0-9]{1,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex FilePage();
}
