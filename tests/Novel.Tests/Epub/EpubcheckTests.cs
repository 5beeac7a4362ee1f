using Novel.Epub;
using Novel.Model;
using Novel.Tests.Support;

namespace Novel.Tests.Epub;

/// <summary>The W3C validator accepts what the writer makes, without a single error or warning (two runs, ~3 s each).</summary>
public sealed class EpubcheckTests : IDisposable
{
    private readonly TempDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void RealisticBilingualBook_PassesEpubcheck_WithNoErrorsOrWarnings()
    {
        // Cover, front matter, volumes, a split chapter, a merged bead, author's notes, emphasis and hostile text.
        var path = WrittenBook.Write(folder, SampleBooks.Realistic());

        var result = Epubcheck.Run(path);

        Assert.True(result.IsClean, result.Output);
    }

    [Fact]
    public void TranslationFirstBookWithoutCoverOrTranslatedTitles_PassesEpubcheck_WithNoErrorsOrWarnings()
    {
        var realistic = SampleBooks.Realistic();
        var book = realistic with
        {
            Cover = null,
            FrontMatter = [],
            Metadata = new BookMetadata { Title = "重生之AI时代" },
            Chapters = realistic.Chapters.Select(c => c with { TranslatedTitle = null, Volume = null }).ToList(),
        };
        var path = WrittenBook.Write(folder, book, WrittenBook.Options(EpubLayout.BilingualTranslationFirst) with { MaxChapterBytes = 50_000 });

        var result = Epubcheck.Run(path);

        Assert.True(result.IsClean, result.Output);
    }
}
