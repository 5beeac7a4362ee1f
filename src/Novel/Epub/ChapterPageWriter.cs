using Novel.Model;

namespace Novel.Epub;

/// <summary>
/// Writes a chapter as one XHTML page, or as several when it would exceed the size limit: parts are cut between
/// beads, never inside one, and only the first part carries the heading.
/// </summary>
internal sealed class ChapterPageWriter(BookLanguages languages, int maxBytes)
{
    private readonly BeadWriter beads = new(languages);

    /// <summary>The beads of each of the chapter's pages, in order; <see cref="WritePart"/> writes a page.</summary>
    public List<IReadOnlyList<ParagraphPair>> SplitIntoParts(Chapter chapter)
    {
        var parts = new List<IReadOnlyList<ParagraphPair>>();
        var current = new List<ParagraphPair>();
        var size = EmptyPartSize(chapter, 0);

        // Every bead is measured in one fragment (what each adds to it), not in a writer of its own: the same bytes.
        using var fragment = EpubXmlWriter.Fragment();
        foreach (var pair in chapter.Pairs)
        {
            var before = fragment.Length;
            beads.Write(fragment, pair);
            var beadSize = fragment.Length - before;
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

    /// <summary>Writes page <paramref name="part"/> (0 for the first) of a chapter, holding <paramref name="pairs"/>.</summary>
    public byte[] WritePart(Chapter chapter, int part, IReadOnlyList<ParagraphPair> pairs)
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
