using Novel.Model;
using Novel.Pairing;
using Novel.Tests.Support;

namespace Novel.Tests.Alignment;

public sealed class TranslationPairerTests
{
    private static readonly string[] Chinese =
        File.ReadAllLines(Path.Combine(RepoPaths.Cases, "Alignment", "classical-lingzhi.zh.txt"));

    private static readonly string[] English =
        File.ReadAllLines(Path.Combine(RepoPaths.Cases, "Alignment", "classical-lingzhi.en.txt"));

    [Fact]
    public void Pairer_PairsOneToOne_WhenCountsAgreeAndLengthsFit()
    {
        // Lines 0, 1, 5, 6, 8 are one-to-one with English lines 0, 1, 5, 6, 9.
        var original = Paragraphs(Chinese, 0, 1, 5, 6, 8);
        var translation = Paragraphs(English, 0, 1, 5, 6, 9);

        var result = TranslationPairer.Pair(original, translation, new PairingOptions());

        Assert.Equal(5, result.Pairs.Count);
        Assert.All(result.Pairs, p => Assert.Single(p.Original));
        Assert.Equal(translation, result.Pairs.Select(p => p.Translation.Single()));
        Assert.False(result.Misaligned);
        Assert.True(result.Confidence >= 0.9, $"confidence {result.Confidence}");
    }

    [Fact]
    public void Pairer_MergesSplitsAndMarksUntranslatedAndAddedParagraphs()
    {
        var result = TranslationPairer.Pair(Paragraphs(Chinese), Paragraphs(English), new PairingOptions());

        var shapes = result.Pairs.Select(p => (p.Original.Count, p.Translation.Count)).ToList();
        Assert.Contains((3, 1), shapes);
        Assert.Contains((1, 2), shapes);
        var untranslated = Assert.Single(result.Pairs, p => p.IsUntranslated);
        Assert.Equal(Chinese[18], untranslated.Original[0].Text);
        var added = Assert.Single(result.Pairs, p => p.Original.Count == 0);
        Assert.StartsWith("(Lingzhi", added.Translation[0].Text, StringComparison.Ordinal);
        Assert.Equal(Chinese.Length, result.Pairs.Sum(p => p.Original.Count));
        Assert.Equal(English.Length, result.Pairs.Sum(p => p.Translation.Count));
    }

    [Fact]
    public void Pairer_AsksNoMachineTranslation_ForAChapterThatAlignsWell()
    {
        var calls = 0;
        var options = new PairingOptions { MachineTranslator = _ => { calls++; return null; } };

        var result = TranslationPairer.Pair(Paragraphs(Chinese), Paragraphs(English), options);

        Assert.False(result.Misaligned);
        Assert.Equal(0, calls);
    }

    [Fact]
    public void Pairer_AsksAMachineTranslationOfTheOriginal_ForADoubtfulChapter_AndStillFlagsAnotherText()
    {
        var otherEnglish = File.ReadAllLines(Path.Combine(RepoPaths.Cases, "Alignment", "webnovel-lab.en.txt"));
        var original = Paragraphs(Chinese, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        var translation = Paragraphs(otherEnglish, 0, 2, 4, 10, 11, 13, 14, 17, 19, 21, 24, 27);
        var asked = new List<IReadOnlyList<string>>();

        // The machine translation here is the case's own English, one line for each Chinese line: it matches the
        // original, not the other text, so the chapter stays flagged.
        var options = new PairingOptions
        {
            MachineTranslator = paragraphs =>
            {
                asked.Add(paragraphs);
                return paragraphs.Select((_, i) => English[Math.Min(i, English.Length - 1)]).ToList();
            },
        };
        var result = TranslationPairer.Pair(original, translation, options);

        var request = Assert.Single(asked);
        Assert.Equal(original.Select(p => p.Text), request);
        Assert.True(result.Misaligned, $"confidence {result.Confidence}");
    }

    [Fact]
    public void Pairer_FlagsAChapter_WhenTheTranslationBelongsToAnotherText()
    {
        var otherEnglish = File.ReadAllLines(Path.Combine(RepoPaths.Cases, "Alignment", "webnovel-lab.en.txt"));
        var original = Paragraphs(Chinese, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        var translation = Paragraphs(otherEnglish, 0, 2, 4, 10, 11, 13, 14, 17, 19, 21, 24, 27);

        var result = TranslationPairer.Pair(original, translation, new PairingOptions());

        Assert.True(result.Misaligned, $"confidence {result.Confidence}");
        Assert.NotEmpty(result.LowConfidenceBeads);
    }

    [Fact]
    public void Pairer_LeavesEverythingUntranslated_WhenThereIsNoTranslation()
    {
        var result = TranslationPairer.Pair(Paragraphs(Chinese, 0, 1), [], new PairingOptions());

        Assert.All(result.Pairs, p => Assert.True(p.IsUntranslated));
        Assert.False(result.Misaligned);
    }

    private static List<Paragraph> Paragraphs(string[] lines, params int[] indices) =>
        (indices.Length == 0 ? Enumerable.Range(0, lines.Length) : indices)
            .Select(i => new Paragraph(lines[i], new SourceLocation("case.txt", i + 1)))
            .ToList();
}
