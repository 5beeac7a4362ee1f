using Novel.Model;

namespace Novel.Epub;

/// <summary>
/// Writes a chapter as one XHTML page, or as several when it would exceed the size limit: parts are cut between
/// beads, never inside one, and only the first part carries the heading.
/// </summary>
internal sealed class ChapterPageWriter(BookLanguages languages, int maxBytes)
{
    private readonly BeadWriter beads = new(languages);

    /// <summary>The chapter's pages, in order.</summary>
    public IReadOnlyList<byte[]> Write(Chapter chapter) =>
        SplitIntoParts(chapter).Select((pairs, part) => WritePart(chapter, part, pairs)).ToList();

    private List<IReadOnlyList<ParagraphPair>> SplitIntoParts(Chapter chapter)
    {
        var parts = new List<IReadOnlyList<ParagraphPair>>();
        var current = new List<ParagraphPair>();
        var size = EmptyPartSize(chapter, 0);
        foreach (var pair in chapter.Pairs)
        {
            var beadSize = beads.Measure(pair);
            if (current.Count > 0 && size + beadSize > maxBytes)
            {
                parts.Add(current);
                current = [];
                size = EmptyPartSize(chapter, parts.Count);
            }

            current.Add(pair);
            size += beadSize;
        }

        parts.Add(current);
        return parts;
    }

    private long EmptyPartSize(Chapter chapter, int part) => WritePart(chapter, part, []).LongLength;

    private byte[] WritePart(Chapter chapter, int part, IReadOnlyList<ParagraphPair> pairs)
    {
        var title = languages.Arrange(chapter.Title, chapter.TranslatedTitle);
        var pageTitle = string.Join(" · ", title.Select(t => t.Text)) + (part > 0 ? $" ({part + 1})" : "");
        return XhtmlPage.Write(pageTitle, languages.Primary, XhtmlPage.StylesheetFromText, page =>
        {
            page.Start("section").EpubType("chapter").Attribute("role", "doc-chapter").Line();
            if (part == 0)
            {
                HeadingWriter.Write(page, title);
            }

            foreach (var pair in pairs)
            {
                beads.Write(page, pair);
            }

            page.End().Line();
        });
    }
}
