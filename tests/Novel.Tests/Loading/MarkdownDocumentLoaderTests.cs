using Novel.Loading;
using Novel.Model;
using Novel.Tests.Support;

namespace Novel.Tests.Loading;

public sealed class MarkdownDocumentLoaderTests
{
    private const string Translation = """
        ---
        translator: test
        ---
        # Chapter 12: The Ferry

        It rained all night, and the lamp at the ferry
        stayed lit.

        Chen Mo folded his umbrella and *looked* at the far bank, where the **old town** slept.\
        Someone behind him asked: "Is the boat still coming?"

        ## Notes

        > The ferry is the same one as in <b>chapter 3</b> &amp; chapter 5.

        - A list item, kept as text.

            An indented paragraph the translator did not mean as code.
        """;

    [Fact]
    public void Parse_ReadsTitleParagraphsStylesAndLines()
    {
        var document = MarkdownDocumentLoader.Parse(Translation, "0012.en.md");

        Assert.Equal("Chapter 12: The Ferry", document.Title);
        Assert.Equal("0012.en.md", document.Path);
        Assert.Equal(
            [
                "It rained all night, and the lamp at the ferry stayed lit.",
                "Chen Mo folded his umbrella and looked at the far bank, where the old town slept. Someone behind him asked: \"Is the boat still coming?\"",
                "Notes",
                "The ferry is the same one as in <b>chapter 3</b> & chapter 5.",
                "A list item, kept as text.",
                "An indented paragraph the translator did not mean as code.",
            ],
            document.Paragraphs.Select(p => p.Text));
        Assert.Equal([6, 9, 12, 14, 16, 18], document.Paragraphs.Select(p => p.Source.Line));
        Assert.Equal(ParagraphRole.Heading, document.Paragraphs[2].Role);
        Assert.All(document.Paragraphs.Where((_, i) => i != 2), p => Assert.Equal(ParagraphRole.Story, p.Role));
    }

    [Fact]
    public void Parse_KeepsEmphasisAndStrongAsRuns()
    {
        var runs = MarkdownDocumentLoader.Parse(Translation, "0012.en.md").Paragraphs[1].Runs;

        Assert.Equal(
            [
                new TextRun("Chen Mo folded his umbrella and "),
                new TextRun("looked", InlineStyle.Emphasis),
                new TextRun(" at the far bank, where the "),
                new TextRun("old town", InlineStyle.Strong),
                new TextRun(" slept. Someone behind him asked: \"Is the boat still coming?\""),
            ],
            runs);
    }

    [Fact]
    public void Parse_HasNoTitle_WhenTextComesBeforeTheFirstHeading()
    {
        var document = MarkdownDocumentLoader.Parse("前言文字，\n接下一行。\n\n# 后来的标题\n", "preface.md");

        Assert.Null(document.Title);
        Assert.Equal(["前言文字，接下一行。", "后来的标题"], document.Paragraphs.Select(p => p.Text));
        Assert.Equal([ParagraphRole.Story, ParagraphRole.Heading], document.Paragraphs.Select(p => p.Role));
    }

    [Fact]
    public void Load_ReadsTheFileFromDisk()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("0001.en.md");
        File.WriteAllText(path, "# One\n\n***Both*** styles.\n");

        var document = MarkdownDocumentLoader.Load(path);

        Assert.Equal("One", document.Title);
        Assert.Equal(new TextRun("Both", InlineStyle.Emphasis | InlineStyle.Strong), document.Paragraphs[0].Runs[0]);
        Assert.Equal(new SourceLocation(path, 3), document.Paragraphs[0].Source);
    }
}
