using Novel.Model;

namespace Novel.Epub;

/// <summary>Writes a page before the chapters (a translator's note, a preface) in its own language.</summary>
internal static class FrontMatterPageWriter
{
    /// <summary>The page's bytes.</summary>
    public static byte[] Write(FrontMatterPage frontMatter) =>
        XhtmlPage.Write(frontMatter.Title, frontMatter.Language, XhtmlPage.StylesheetFromText, page =>
        {
            page.Start("section").EpubType("frontmatter").Attribute("class", "frontmatter").Line();
            HeadingWriter.Write(page, [new LangText(frontMatter.Title, frontMatter.Language)]);
            foreach (var paragraph in frontMatter.Paragraphs)
            {
                ParagraphWriter.Write(page, paragraph, frontMatter.Language);
            }

            page.End().Line();
        });
}
