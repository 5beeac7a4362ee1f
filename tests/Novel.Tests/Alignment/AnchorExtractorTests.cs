using Novel.Alignment;

namespace Novel.Tests.Alignment;

public sealed class AnchorExtractorTests
{
    [Fact]
    public void Extractor_GivesAGlossaryTermTheSameKeyOnBothSides()
    {
        var extractor = new AnchorExtractor(new Dictionary<string, string> { ["孟繁岐"] = "Meng Fanqi" });

        var source = extractor.Source("孟繁岐笑了笑。");
        var target = extractor.Target("Meng Fanqi smiled.");
        var other = extractor.Target("Mengfan Qi smiled.");

        Assert.Single(source.Keys);
        Assert.Equal(source.Keys, target.Keys);
        Assert.Empty(other.Keys);
    }

    [Fact]
    public void Extractor_MatchesNumbersAndLatinWordsAcrossScripts()
    {
        var extractor = new AnchorExtractor(new Dictionary<string, string>());

        var source = extractor.Source("ResNet在ImageNet上训练了一百五十二层。");
        var target = extractor.Target("ResNet was trained on IMAGENET with a hundred and fifty-two layers.");

        Assert.Equal(3, source.Keys.Length);
        Assert.Equal(source.Keys, target.Keys);
    }

    [Fact]
    public void Extractor_RecognisesTranslatorsNotesAndCountsDialogueMarks()
    {
        var extractor = new AnchorExtractor(new Dictionary<string, string>());
        extractor.Source("他问：“真的吗？”");

        Assert.True(extractor.Target("(T/N: Meng Fanqi is the protagonist.)").IsNote);
        Assert.True(extractor.Target("[TL note: a pun in the original.]").IsNote);
        Assert.False(extractor.Target("\"Really?\" he asked.").IsNote);
        Assert.Equal((2, 1), (extractor.Target("\"Really?\" he asked.").Quotes, extractor.Target("\"Really?\" he asked.").Questions));
    }
}
