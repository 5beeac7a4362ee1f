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
        // Most chapters are far below the limit even counted generously; only the others are measured bead by bead.
        if (UpperBound(chapter) <= maxBytes)
        {
            return [chapter.Pairs];
        }

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

    /// <summary>
    /// More bytes than the chapter's one page can take: every character of text counted at six bytes (the most that
    /// UTF-8 and XML escaping make of one UTF-16 unit, as in <c>&amp;quot;</c>) and every element and attribute
    /// around it at a generous fixed size, each language tag counted wherever it may appear.
    /// </summary>
    private long UpperBound(Chapter chapter)
    {
        const int CharBytes = 6;
        var tags = CharBytes * 2 * (languages.Original.Length + languages.Translation.Length);
        var titles = chapter.Title.Length + (chapter.TranslatedTitle?.Length ?? 0) + 16;
        long bound = 2048 + (3 * tags) + (2 * CharBytes * titles);
        foreach (var pair in chapter.Pairs)
        {
            bound += 128 + Paragraphs(pair.Original) + Paragraphs(pair.Translation);
        }

        return bound;

        long Paragraphs(IReadOnlyList<Paragraph> paragraphs)
        {
            long bytes = 0;
            foreach (var paragraph in paragraphs)
            {
                bytes += 128 + tags;
                foreach (var run in paragraph.Runs)
                {
                    bytes += 64 + ((long)CharBytes * run.Text.Length);
                }
            }

            return bytes;
        }
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
