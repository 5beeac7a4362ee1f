using Novel.Alignment;

namespace Novel.Tests.Alignment;

public sealed class BeadFormatTests
{
    [Fact]
    public void BeadFormat_RoundTripsMergedUntranslatedAndAddedBeads()
    {
        const string text = "[0,1]:[0]\n[2]:[]\n[]:[1]\n[3]:[2,3,4]\n";

        var beads = BeadFormat.ParseAll(text);

        Assert.Equal(text, BeadFormat.FormatAll(beads));
        Assert.Equal(new BeadShape(2, 1), beads[0].Shape);
        Assert.Empty(beads[1].Target);
        Assert.Empty(beads[2].Source);
    }

    [Fact]
    public void BeadFormat_RejectsALineThatIsNotABead() =>
        Assert.Throws<FormatException>(() => BeadFormat.Parse("0:1"));

    [Fact]
    public void Scorer_CountsOnlyExactBeads()
    {
        var gold = BeadFormat.ParseAll("[0]:[0]\n[1,2]:[1]\n[3]:[]\n");
        var predicted = BeadFormat.ParseAll("[0]:[0]\n[1]:[1]\n[2]:[]\n[3]:[]\n");

        var score = AlignmentScorer.Score(predicted, gold);

        Assert.Equal(2, score.Correct);
        Assert.Equal(0.5, score.Precision, 6);
        Assert.Equal(2.0 / 3, score.Recall, 6);
        Assert.Equal(2 * 0.5 * (2.0 / 3) / (0.5 + (2.0 / 3)), score.F1, 6);
    }
}
