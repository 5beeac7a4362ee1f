using Novel.Model;
using Novel.Pairing;
using Novel.Tests.Support;
using Novel.Tests.Translation;
using Novel.Translation;

namespace Novel.Tests.Alignment;

/// <summary>MT-assisted pairing against the fake OpenAI-compatible server: only doubtful chapters ask, and the memory answers a second time.</summary>
public sealed class MachineTranslationSourceTests
{
    [Fact]
    public void Pairer_TranslatesADoubtfulChapterOnce_ThroughTheTranslationMemory()
    {
        using var server = new FakeChatServer();
        using var memory = TranslationMemory.InMemory();
        var source = new MachineTranslationSource(BookTranslatorTests.Options(server), memory, new BookMetadata { Title = "测试" });
        var options = new PairingOptions { MachineTranslator = source.Translate };
        var chinese = File.ReadAllLines(Path.Combine(RepoPaths.Cases, "Alignment", "classical-lingzhi.zh.txt"));
        var otherEnglish = File.ReadAllLines(Path.Combine(RepoPaths.Cases, "Alignment", "webnovel-lab.en.txt"));
        var original = chinese.Take(10).Select((t, i) => new Paragraph(t, new SourceLocation("zh.txt", i + 1))).ToList();
        var translation = otherEnglish.Take(12).Select((t, i) => new Paragraph(t, new SourceLocation("en.txt", i + 1))).ToList();

        var first = TranslationPairer.Pair(original, translation, options);
        var requests = server.RequestCount;
        var second = TranslationPairer.Pair(original, translation, options);

        Assert.True(first.Misaligned);
        Assert.True(second.Misaligned);
        Assert.True(requests > 0, "the doubtful chapter was not translated");
        Assert.Equal(original.Select(p => p.Text).Order(), server.Requests.SelectMany(r => r.Paragraphs).Distinct().Order());
        Assert.Equal(requests, server.RequestCount);
    }
}
