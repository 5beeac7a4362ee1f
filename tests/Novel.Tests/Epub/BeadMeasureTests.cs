using Novel.Epub;

namespace Novel.Tests.Epub;

/// <summary>Chapters are cut into parts by measuring beads one after another in a single fragment; that must agree with measuring each alone.</summary>
public sealed class BeadMeasureTests
{
    [Theory]
    [InlineData(EpubLayout.Bilingual)]
    [InlineData(EpubLayout.BilingualTranslationFirst)]
    [InlineData(EpubLayout.Translation)]
    public void BeadsWrittenInOneFragment_EachAddTheBytesTheyTakeAlone(EpubLayout layout)
    {
        var beads = new BeadWriter(new BookLanguages("zh-Hans", "en", layout));
        var chapter = SampleBooks.LongChapter(repetitions: 2);

        using var fragment = EpubXmlWriter.Fragment();
        var added = new List<long>();
        foreach (var pair in chapter.Pairs)
        {
            var before = fragment.Length;
            beads.Write(fragment, pair);
            added.Add(fragment.Length - before);
        }

        Assert.True(added.Count > 4);
        Assert.Equal(chapter.Pairs.Select(beads.Measure), added);
    }
}
