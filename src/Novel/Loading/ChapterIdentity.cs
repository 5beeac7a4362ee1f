using System.Text;

namespace Novel.Loading;

/// <summary>
/// Who a loaded chapter says it is, for telling pages, copies and order apart: its heading (the title, or a title
/// line among its first lines when site junk stood above it), that heading without a page mark, the page number a
/// mark or the file name gives, and the chapter number.
/// </summary>
/// <param name="Heading">The title or title line as found, or null.</param>
/// <param name="HeadingLine">The index in the chapter's lines of a title line found there; -1 when the heading is the title or absent.</param>
/// <param name="BaseTitle">The heading without its page mark, inner whitespace removed, or null.</param>
/// <param name="Page">The page number the heading's mark gives, or null.</param>
/// <param name="Number">The chapter number the heading gives, else the one the loader found.</param>
internal sealed record ChapterIdentity(string? Heading, int HeadingLine, string? BaseTitle, int? Page, int? Number)
{
    private const int HeadingSearchLines = 4;

    /// <summary>Reads a loaded chapter's identity.</summary>
    public static ChapterIdentity Of(LoadedChapter chapter)
    {
        var heading = chapter.Title;
        var headingLine = -1;
        if (heading is null)
        {
            for (var i = 0; i < Math.Min(HeadingSearchLines, chapter.Lines.Count); i++)
            {
                if (ChapterTitlePattern.Match(chapter.Lines[i].Text) is { Kind: not TitleKind.Volume })
                {
                    heading = chapter.Lines[i].Text;
                    headingLine = i;
                    break;
                }
            }
        }

        if (heading is null)
        {
            return new ChapterIdentity(null, -1, null, null, chapter.Number);
        }

        var (baseTitle, page) = ChapterPageMarker.Read(heading);
        var number = ChapterTitlePattern.Match(baseTitle)?.Number ?? chapter.Number;
        return new ChapterIdentity(heading, headingLine, Compact(baseTitle), page, number);
    }

    /// <summary>True when two identities name the same chapter: the same title, or the same number where a title is missing.</summary>
    public bool SameChapterAs(ChapterIdentity other) =>
        BaseTitle is not null && other.BaseTitle is not null
            ? string.Equals(BaseTitle, other.BaseTitle, StringComparison.Ordinal)
            : Number is not null && Number == other.Number;

    private static string Compact(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
