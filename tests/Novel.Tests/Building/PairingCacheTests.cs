using Novel.Building;
using Novel.Model;
using Novel.Pairing;
using Novel.Tests.Support;

namespace Novel.Tests.Building;

public sealed class PairingCacheTests
{
    private static readonly PairingOptions Options = new();

    [Fact]
    public void Pair_ReusesTheBeadsOfTheLastBuild_WhenNeitherTextChanged()
    {
        using var book = new TempDirectory();
        var (original, translation) = LabChapter();
        var fresh = PairingCache.Open(book.Path);
        var first = fresh.Pair(original, translation, Options);
        fresh.Save();

        var reopened = PairingCache.Open(book.Path);
        var second = reopened.Pair(original, translation, Options);

        Assert.Equal(1, fresh.Misses);
        Assert.Equal(0, reopened.Misses);
        AssertSamePairing(TranslationPairer.Pair(original, translation, Options), first);
        AssertSamePairing(first, second);
    }

    [Fact]
    public void Pair_AlignsAgain_WhenATranslatedParagraphChanged()
    {
        using var book = new TempDirectory();
        var (original, translation) = LabChapter();
        var cache = PairingCache.Open(book.Path);
        cache.Pair(original, translation, Options);
        cache.Save();

        var edited = translation.Take(translation.Count - 1).Append(new Paragraph("An added closing line.", translation[^1].Source)).ToList();
        var reopened = PairingCache.Open(book.Path);
        var result = reopened.Pair(original, edited, Options);

        Assert.Equal(1, reopened.Misses);
        AssertSamePairing(TranslationPairer.Pair(original, edited, Options), result);
    }

    [Fact]
    public void Pair_AlignsAgain_WhenTheGlossaryChanged()
    {
        using var book = new TempDirectory();
        var (original, translation) = LabChapter();
        var cache = PairingCache.Open(book.Path);
        cache.Pair(original, translation, Options);
        cache.Save();

        var withGlossary = Options with { Glossary = new Dictionary<string, string> { ["林舟"] = "Lin Zhou" } };
        var reopened = PairingCache.Open(book.Path);
        reopened.Pair(original, translation, withGlossary);

        Assert.Equal(1, reopened.Misses);
    }

    [Fact]
    public void Open_TreatsACorruptCacheAsEmpty_AndTheBookIsPairedAsWithout()
    {
        using var book = new TempDirectory();
        var path = PairingCache.PathIn(book.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, [0x15, 0x6E, 0x6F, 0x76, 0xFF, 0xFF, 0xFF, 0x7F, 0x00]);
        var (original, translation) = LabChapter();

        var cache = PairingCache.Open(book.Path);
        var result = cache.Pair(original, translation, Options);

        Assert.Equal(1, cache.Misses);
        AssertSamePairing(TranslationPairer.Pair(original, translation, Options), result);
    }

    private static void AssertSamePairing(PairingResult expected, PairingResult actual)
    {
        Assert.Equal(Describe(expected), Describe(actual));
        Assert.Equal(expected.Confidence, actual.Confidence);
        Assert.Equal(expected.Misaligned, actual.Misaligned);
        Assert.Equal(expected.LowConfidenceBeads.Count, actual.LowConfidenceBeads.Count);
    }

    private static List<string> Describe(PairingResult result) =>
        result.Pairs.Select(p => $"{string.Join("|", p.Original.Select(o => o.Text))} => {string.Join("|", p.Translation.Select(t => t.Text))} @ {p.Confidence:R}").ToList();

    private static (List<Paragraph> Original, List<Paragraph> Translation) LabChapter()
    {
        static List<Paragraph> Read(string name) =>
            File.ReadAllLines(Path.Combine(RepoPaths.Cases, "Alignment", name))
                .Select((line, i) => new Paragraph(line, new SourceLocation(name, i + 1)))
                .Where(p => p.Text.Trim().Length > 0)
                .ToList();

        return (Read("webnovel-lab.zh.txt"), Read("webnovel-lab.en.txt"));
    }
}
