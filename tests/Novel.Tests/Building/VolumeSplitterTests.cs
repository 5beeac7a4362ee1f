using Novel.Building;
using Novel.Model;

namespace Novel.Tests.Building;

public class VolumeSplitterTests
{
    [Fact]
    public void Split_CutsEveryNChapters_WhenTheBookHasNoVolumes()
    {
        var book = Book(25);

        var volumes = VolumeSplitter.Split(book, 10);

        Assert.Equal([(1, 10), (11, 20), (21, 25)], volumes.Select(v => (v.FirstChapter, v.LastChapter)));
        Assert.Equal(Enumerable.Range(1, 25), volumes.SelectMany(v => v.Book.Chapters).Select(c => c.Number));
        Assert.All(volumes, v => Assert.Equal(3, v.Series.Count));
        Assert.Equal([1, 2, 3], volumes.Select(v => v.Series.Position));
    }

    [Fact]
    public void Split_BreaksAtTheBooksOwnVolumes_AndNeverExceedsN()
    {
        // 第一卷 has 4 chapters, 第二卷 5, 第三卷 12: with N = 10 the first two share a file, the third is cut.
        var volumesOfTheBook = Enumerable.Repeat("第一卷 起", 4).Concat(Enumerable.Repeat("第二卷 承", 5)).Concat(Enumerable.Repeat("第三卷 转", 12)).ToList();
        var book = Book(volumesOfTheBook.Count, i => volumesOfTheBook[i - 1]);

        var volumes = VolumeSplitter.Split(book, 10);

        Assert.Equal([(1, 9), (10, 19), (20, 21)], volumes.Select(v => (v.FirstChapter, v.LastChapter)));
        Assert.All(volumes, v => Assert.InRange(v.Book.Chapters.Count, 1, 10));
        Assert.Equal(Enumerable.Range(1, 21), volumes.SelectMany(v => v.Book.Chapters).Select(c => c.Number));
    }

    [Fact]
    public void Split_StartsANewFileAtAVolumeThatWouldNotFit()
    {
        var volumesOfTheBook = Enumerable.Repeat("第一卷", 6).Concat(Enumerable.Repeat("第二卷", 6)).ToList();

        var volumes = VolumeSplitter.Split(Book(12, i => volumesOfTheBook[i - 1]), 10);

        Assert.Equal([(1, 6), (7, 12)], volumes.Select(v => (v.FirstChapter, v.LastChapter)));
    }

    [Fact]
    public void Split_NumbersTitlesInBothLanguages_AndGivesEachVolumeItsOwnStableIdentifier()
    {
        var book = Book(25);

        var volumes = VolumeSplitter.Split(book, 10);
        var again = VolumeSplitter.Split(book, 10);

        Assert.Equal(["残差 1", "残差 2", "残差 3"], volumes.Select(v => v.Book.Metadata.Title));
        Assert.Equal(["Residuals 1", "Residuals 2", "Residuals 3"], volumes.Select(v => v.Book.Metadata.TranslatedTitle));
        Assert.All(volumes, v => Assert.Equal(("残差", "Residuals"), (v.Series.Title, v.Series.TranslatedTitle)));
        var identifiers = volumes.Select(v => v.Book.Metadata.Identifier!).ToList();
        Assert.Equal(3, identifiers.Distinct().Count());
        Assert.DoesNotContain(book.Metadata.Identifier, identifiers);
        Assert.All(identifiers, id => Assert.Matches("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", id));
        Assert.Equal(identifiers, again.Select(v => v.Book.Metadata.Identifier));
        // Another split size makes other books, so other identifiers.
        Assert.NotEqual(identifiers[0], VolumeSplitter.Split(book, 5)[0].Book.Metadata.Identifier);
    }

    [Fact]
    public void Split_DerivesIdentifiers_WhenTheBookHasNoneOrANonUuidOne()
    {
        var derived = VolumeSplitter.Split(Book(3) with { Metadata = Book(3).Metadata with { Identifier = null } }, 2);
        var isbn = VolumeSplitter.Split(Book(3) with { Metadata = Book(3).Metadata with { Identifier = "isbn:9780000000000" } }, 2);

        Assert.Equal(2, derived.Select(v => v.Book.Metadata.Identifier).Distinct().Count());
        Assert.Equal(2, isbn.Select(v => v.Book.Metadata.Identifier).Distinct().Count());
        Assert.All(isbn, v => Assert.StartsWith("urn:uuid:", v.Book.Metadata.Identifier, StringComparison.Ordinal));
    }

    [Fact]
    public void Split_PadsNumbers_WhenThereAreTenOrMoreVolumes()
    {
        var volumes = VolumeSplitter.Split(Book(23), 2);

        Assert.Equal(12, volumes.Count);
        Assert.Equal("残差 01", volumes[0].Book.Metadata.Title);
        Assert.Equal("残差 12", volumes[^1].Book.Metadata.Title);
        var titles = volumes.Select(v => v.Book.Metadata.Title).ToList();
        Assert.Equal(titles.Order(StringComparer.Ordinal), titles);
    }

    [Fact]
    public void Split_PutsTheFrontMatterInTheFirstVolumeOnly()
    {
        var note = new FrontMatterPage("译者序", "zh-Hans", [], new SourceLocation("note.md", 1));
        var book = Book(5) with { FrontMatter = [note] };

        var volumes = VolumeSplitter.Split(book, 2);

        Assert.Equal([1, 0, 0], volumes.Select(v => v.Book.FrontMatter.Count));
    }

    [Fact]
    public void Split_MakesOneEmptyVolume_ForABookWithoutChapters()
    {
        var volume = Assert.Single(VolumeSplitter.Split(Book(0), 10));

        Assert.Empty(volume.Book.Chapters);
        Assert.Equal("残差 1", volume.Book.Metadata.Title);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Split_Throws_WhenNIsNotPositive(int n) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => VolumeSplitter.Split(Book(3), n));

    [Theory]
    [InlineData("out/novel.epub", 1, 3, "out/novel-1.epub")]
    [InlineData("out/novel.epub", 3, 9, "out/novel-3.epub")]
    [InlineData("out/novel.epub", 3, 10, "out/novel-03.epub")]
    [InlineData("out/novel.translation.epub", 12, 120, "out/novel.translation-012.epub")]
    [InlineData("novel.epub", 2, 2, "novel-2.epub")]
    public void VolumePath_AddsTheNumber_PaddedSoTheSetSorts(string path, int position, int count, string expected) =>
        Assert.Equal(expected.Replace('/', Path.DirectorySeparatorChar), VolumeSplitter.VolumePath(path, position, count));

    [Fact]
    public void Leftovers_NamesOnlyNumberedSiblingsNotWritten()
    {
        using var temp = new Novel.Tests.Support.TempDirectory();
        foreach (var name in new[] { "novel-1.epub", "novel-2.epub", "novel-04.epub", "novel-x.epub", "novel.epub", "novel-3.epub.bak", "other-5.epub" })
        {
            File.WriteAllText(temp.Combine(name), "");
        }

        var leftovers = VolumeSplitter.Leftovers(temp.Combine("novel.epub"), [temp.Combine("novel-1.epub"), temp.Combine("novel-2.epub")]);

        Assert.Equal([temp.Combine("novel-04.epub")], leftovers);
        Assert.Empty(VolumeSplitter.Leftovers(temp.Combine("missing", "novel.epub"), []));
    }

    private static Book Book(int chapters, Func<int, string?>? volume = null) => new()
    {
        Metadata = new BookMetadata
        {
            Title = "残差",
            TranslatedTitle = "Residuals",
            Author = "佚名",
            Identifier = "urn:uuid:6f1c2b8e-4d0a-5c3e-9b71-2a5d8e0f4c19",
        },
        Chapters = Enumerable.Range(1, chapters).Select(n => Chapter.FromParagraphs(
            n, $"第{n}章", new SourceLocation($"{n:D4}.txt", 1), [new Paragraph($"第{n}章的正文。", new SourceLocation($"{n:D4}.txt", 2))]) with { Volume = volume?.Invoke(n) }).ToList(),
    };
}
