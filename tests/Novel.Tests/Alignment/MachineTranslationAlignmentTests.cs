using Novel.Alignment;

namespace Novel.Tests.Alignment;

/// <summary>
/// Bleualign-style alignment: a machine translation of each original sentence is compared word for word with the
/// human translation, so that a sentence the translator split in two keeps both halves.
/// </summary>
public sealed class MachineTranslationAlignmentTests
{
    private static readonly string[] Chinese =
    [
        "老陈推开木门，院子里的桂花已经开了。",
        "他在石凳上坐下，从怀里掏出一封信，信封上的字迹已经模糊不清。",
        "那是二十年前妹妹寄来的。",
        "他读了一遍又一遍，直到天色暗下来。",
    ];

    private static readonly string[] English =
    [
        "Old Chen pushed open the wooden gate; the osmanthus in the yard was already in bloom.",
        "He sat down on the stone bench and took a letter from his coat.",
        "The writing on the envelope had long since blurred.",
        "His sister had sent it twenty years ago.",
        "He read it again and again until the sky grew dark.",
    ];

    private static readonly string[] Machine =
    [
        "Old Chen pushed open the wooden door, and the osmanthus in the courtyard had bloomed.",
        "He sat down on the stone bench, took out a letter from his arms, and the writing on the envelope was blurred.",
        "That was sent by his sister twenty years ago.",
        "He read it over and over until it got dark.",
    ];

    [Fact]
    public void Aligner_KeepsASplitSentenceTogether_WithAMachineTranslation()
    {
        var beads = new ParagraphAligner(new AlignerOptions { MachineTranslation = Machine }).Align(Chinese, English);

        Assert.Equal(["[0]:[0]", "[1]:[1,2]", "[2]:[3]", "[3]:[4]"], beads.Select(BeadFormat.Format));
        Assert.All(beads, b => Assert.InRange(b.Confidence, 0.5, 1.0));
    }

    [Fact]
    public void Aligner_RaisesConfidence_WhenTheMachineTranslationAgrees()
    {
        var without = new ParagraphAligner().Align(Chinese, English);
        var with = new ParagraphAligner(new AlignerOptions { MachineTranslation = Machine }).Align(Chinese, English);

        Assert.True(with.Average(b => b.Confidence) >= without.Average(b => b.Confidence), $"{with.Average(b => b.Confidence)} < {without.Average(b => b.Confidence)}");
    }

    [Fact]
    public void Aligner_Refuses_AMachineTranslationOfAnotherLength()
    {
        var aligner = new ParagraphAligner(new AlignerOptions { MachineTranslation = Machine[..3] });

        Assert.Throws<ArgumentException>(() => aligner.Align(Chinese, English));
    }
}
