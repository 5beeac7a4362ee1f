using Novel.Alignment;
using Novel.Model;
using Novel.Pairing;
using Novel.Tests.Support;

namespace Novel.Tests.Pairing;

public sealed class OneToOneEvidenceTests
{
    [Fact]
    public void Evidence_AcceptsARealChapterTranslatedParagraphForParagraph()
    {
        var (original, translation) = OneToOneLabChapter();

        var beads = OneToOneEvidence.Accept(original, translation);

        Assert.NotNull(beads);
        Assert.Equal(original.Count, beads.Count);
        Assert.All(beads, (b, i) => Assert.Equal((i, i), (b.Source.Single(), b.Target.Single())));
        Assert.All(beads, b => Assert.InRange(b.Confidence, 0.9, 1.0));
    }

    [Fact]
    public void Evidence_LeavesItToTheAligner_WhenTheTranslationMergesOneParagraphAndSplitsAnother()
    {
        var (original, translation) = OneToOneLabChapter();
        var merged = Merged(translation, 4);
        var split = Split(merged, 15);
        Assert.Equal(original.Count, split.Count);

        Assert.Null(OneToOneEvidence.Accept(original, split));
        var result = TranslationPairer.Pair(Paragraphs(original), Paragraphs(split), new PairingOptions());
        Assert.True(result.Misaligned || result.Pairs.Any(p => p.Original.Count != 1 || p.Translation.Count != 1), "the merge was paired one to one");
    }

    [Fact]
    public void Evidence_LeavesItToTheAligner_WhenTheTranslationIsOfAnotherText()
    {
        var (original, _) = OneToOneLabChapter();
        var other = File.ReadAllLines(Path.Combine(RepoPaths.Cases, "Alignment", "classical-lingzhi.en.txt")).Take(original.Count).ToList();

        Assert.Null(OneToOneEvidence.Accept(original, other));
    }

    [Fact]
    public void Evidence_LeavesItToTheAligner_WhenTheTranslationIsOneParagraphOutOfStep()
    {
        var (original, translation) = OneToOneLabChapter();
        var shifted = translation.Skip(1).Append(translation[0]).ToList();

        Assert.Null(OneToOneEvidence.Accept(original, shifted));
    }

    // The hand-aligned web-novel chapter with each gold bead joined into one paragraph on each side, and the beads
    // without a counterpart left out: a real translation that follows its original paragraph for paragraph.
    private static (List<string> Original, List<string> Translation) OneToOneLabChapter()
    {
        var folder = Path.Combine(RepoPaths.Cases, "Alignment");
        var chinese = File.ReadAllLines(Path.Combine(folder, "webnovel-lab.zh.txt"));
        var english = File.ReadAllLines(Path.Combine(folder, "webnovel-lab.en.txt"));
        var gold = File.ReadAllLines(Path.Combine(folder, "webnovel-lab.gold.txt")).Where(l => l.Length > 0).Select(BeadFormat.Parse);
        var pairs = gold.Where(b => b.Source.Count > 0 && b.Target.Count > 0).ToList();
        return (
            pairs.Select(b => string.Concat(b.Source.Select(i => chinese[i]))).ToList(),
            pairs.Select(b => string.Join(' ', b.Target.Select(j => english[j]))).ToList());
    }

    private static List<string> Merged(List<string> paragraphs, int at) =>
        [.. paragraphs[..at], paragraphs[at] + " " + paragraphs[at + 1], .. paragraphs[(at + 2)..]];

    private static List<string> Split(List<string> paragraphs, int at)
    {
        var text = paragraphs[at];
        var middle = text.IndexOf(' ', text.Length / 2);
        return [.. paragraphs[..at], text[..middle], text[(middle + 1)..], .. paragraphs[(at + 1)..]];
    }

    private static List<Paragraph> Paragraphs(List<string> texts) =>
        texts.Select((t, i) => new Paragraph(t, new SourceLocation("case.txt", i + 1))).ToList();
}
