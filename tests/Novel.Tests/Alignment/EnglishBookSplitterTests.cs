using System.Text;
using Novel.Pairing;
using Novel.Tests.Support;

namespace Novel.Tests.Alignment;

public sealed class EnglishBookSplitterTests
{
    private const string Book =
        "The Project Gutenberg EBook of A Tale\r\n\r\n*** START OF THIS PROJECT GUTENBERG EBOOK A TALE ***\r\n\r\nPREFACE.\r\n\r\nA preface.\r\n\r\n" +
        "CHAPTER I.\r\n\r\n  The stone is found.\r\n  A priest passes by.\r\n\r\nFirst paragraph,\r\nwrapped.\r\n\r\nSecond paragraph.\r\n\r\n" +
        "CHAPTER XXVII\r\n\r\n  No period after the numeral.\r\n\r\nBody of twenty-seven. At the end of the chapter\r\nthe text goes on.\r\n\r\n" +
        "Chapter 28: A Title on the Line\r\n\r\nBody of twenty-eight.\r\n\r\nEND OF BOOK I.\r\n\r\nERRATA\r\n\r\n" +
        "*** END OF THIS PROJECT GUTENBERG EBOOK A TALE ***\r\n\r\nLicence text.\r\n";

    [Fact]
    public void Splitter_NumbersChaptersFromRomanAndArabicHeadings()
    {
        var chapters = EnglishBookSplitter.Split(Book, "tale.txt");

        Assert.Equal([1, 27, 28], chapters.Select(c => c.Number));
        Assert.Equal("CHAPTER XXVII", chapters[1].Heading);
    }

    [Fact]
    public void Splitter_ReadsTheIndentedArgumentAsTitleAndJoinsWrappedLines()
    {
        var chapter = EnglishBookSplitter.Split(Book, "tale.txt")[0];

        Assert.Equal("The stone is found. A priest passes by.", chapter.Title);
        Assert.Equal(["First paragraph, wrapped.", "Second paragraph."], chapter.Paragraphs.Select(p => p.Text));
        Assert.Equal(new Novel.Model.SourceLocation("tale.txt", 14), chapter.Paragraphs[0].Source);
    }

    [Fact]
    public void Splitter_DropsGutenbergHeaderFooterAndWhatFollowsTheBooksEnd()
    {
        var chapters = EnglishBookSplitter.Split(Book, "tale.txt");

        Assert.Equal("A Title on the Line", chapters[2].Title);
        Assert.Equal(["Body of twenty-eight."], chapters[2].Paragraphs.Select(p => p.Text));
        Assert.DoesNotContain(chapters.SelectMany(c => c.Paragraphs), p => p.Text.Contains("preface", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("en-joly-9603.txt", 1, 24)]
    [InlineData("en-joly-9604.txt", 25, 56)]
    public void Splitter_FindsEveryChapterOfJolysTranslation(string file, int first, int last)
    {
        var corpus = RepoPaths.HongloumengOrSkip();
        var text = File.ReadAllText(Path.Combine(corpus, file), Encoding.Latin1);

        var chapters = EnglishBookSplitter.Split(text, file);

        Assert.Equal(Enumerable.Range(first, last - first + 1), chapters.Select(c => c.Number));
        Assert.All(chapters, c => Assert.True(c.Paragraphs.Count > 20, $"chapter {c.Number} has {c.Paragraphs.Count} paragraphs"));
        Assert.DoesNotContain(chapters[^1].Paragraphs, p => p.Text.Contains("Project Gutenberg", StringComparison.Ordinal) || p.Text.Contains("ERRATA", StringComparison.Ordinal));
        Assert.Contains("ü", chapters[0].Title ?? chapters[0].Paragraphs[0].Text + string.Concat(chapters[0].Paragraphs.Select(p => p.Text)));
    }
}
