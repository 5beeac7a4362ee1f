using System.Text;
using Novel.Tests.Support;
using Novel.Translation;

namespace Novel.Tests.Translation;

public sealed class TranslationMemoryTests
{
    [Fact]
    public async Task Open_ReadsBackEveryLineWritten_InANewFolder()
    {
        using var folder = new TempDirectory();
        var path = TranslationMemory.DefaultPath(folder.Path);
        using (var memory = TranslationMemory.Open(path))
        {
            await memory.AppendAsync([Entry("k1", "Line \"one\"\nwith a break."), Entry("k2", "二 stays UTF-8.")], "m", TestContext.Current.CancellationToken);
            await memory.AppendAsync([Entry("k3", "Three.")], "m", TestContext.Current.CancellationToken);
        }

        using var reopened = TranslationMemory.Open(path);

        Assert.Empty(reopened.Warnings);
        Assert.Equal(3, reopened.Count);
        Assert.True(reopened.TryGet("k1", out var first));
        Assert.Equal("Line \"one\"\nwith a break.", first);
        Assert.True(reopened.TryGetAnyModel("any-k2", out var second));
        Assert.Equal("二 stays UTF-8.", second);
        Assert.Contains("二 stays UTF-8.", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal(3, File.ReadAllLines(path).Length);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(30)]
    [InlineData(60)]
    public async Task Open_SkipsAndReportsACutOffLastLine_AndTheNextLineStartsClean(int bytesCut)
    {
        using var folder = new TempDirectory();
        var path = TranslationMemory.DefaultPath(folder.Path);
        using (var memory = TranslationMemory.Open(path))
        {
            await memory.AppendAsync([Entry("k1", "One."), Entry("k2", "Two, a longer line of translated text.")], "m", TestContext.Current.CancellationToken);
        }

        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length - bytesCut)]);

        using (var memory = TranslationMemory.Open(path))
        {
            Assert.Equal(1, memory.Count);
            var warning = Assert.Single(memory.Warnings);
            Assert.Contains("cut off", warning, StringComparison.Ordinal);
            Assert.Contains("translation-memory.jsonl:2", warning, StringComparison.Ordinal);
            await memory.AppendAsync([Entry("k2", "Two, sent again.")], "m", TestContext.Current.CancellationToken);
        }

        using var reopened = TranslationMemory.Open(path);
        Assert.Equal(2, reopened.Count);
        Assert.True(reopened.TryGet("k2", out var second));
        Assert.Equal("Two, sent again.", second);
        Assert.Single(reopened.Warnings);
    }

    [Fact]
    public async Task Open_KeepsALastLineThatLostOnlyItsNewline_AndAppendsOnTheNextLine()
    {
        using var folder = new TempDirectory();
        var path = TranslationMemory.DefaultPath(folder.Path);
        using (var memory = TranslationMemory.Open(path))
        {
            await memory.AppendAsync([Entry("k1", "One.")], "m", TestContext.Current.CancellationToken);
        }

        File.WriteAllText(path, File.ReadAllText(path).TrimEnd('\n'));
        using (var memory = TranslationMemory.Open(path))
        {
            Assert.Empty(memory.Warnings);
            await memory.AppendAsync([Entry("k2", "Two.")], "m", TestContext.Current.CancellationToken);
        }

        using var reopened = TranslationMemory.Open(path);
        Assert.Empty(reopened.Warnings);
        Assert.Equal(2, reopened.Count);
    }

    [Fact]
    public async Task Open_SkipsALineWhoseTextWasAltered_BecauseItsCheckNoLongerMatches()
    {
        using var folder = new TempDirectory();
        var path = TranslationMemory.DefaultPath(folder.Path);
        using (var memory = TranslationMemory.Open(path))
        {
            await memory.AppendAsync([Entry("k1", "One."), Entry("k2", "Two."), Entry("k3", "Three.")], "m", TestContext.Current.CancellationToken);
        }

        File.WriteAllText(path, File.ReadAllText(path).Replace("Two.", "Tw0.", StringComparison.Ordinal));
        File.AppendAllText(path, "not json at all\n\n{\"key\":\"k4\"}\n");

        using var reopened = TranslationMemory.Open(path);

        Assert.Equal(2, reopened.Count);
        Assert.False(reopened.TryGet("k2", out _));
        Assert.Equal(3, reopened.Warnings.Count);
        Assert.All(reopened.Warnings, w => Assert.Contains("damaged", w, StringComparison.Ordinal));
    }

    [Fact]
    public void Open_TreatsBinaryGarbageAsDamagedLines_WithoutThrowing()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("memory.jsonl");
        File.WriteAllBytes(path, [0xFF, 0xFE, 0x00, 0x7B, 0x22, (byte)'\n', 0xC3, 0x28]);

        using var memory = TranslationMemory.Open(path);

        Assert.Equal(0, memory.Count);
        Assert.Equal(2, memory.Warnings.Count);
    }

    [Fact]
    public void Key_Changes_WhenModelGlossaryPromptOrLanguageChanges()
    {
        var term = new GlossaryEntry("孟繁岐", "Meng Fanqi");
        var baseline = TranslationMemoryKey.For("孟繁岐笑了。", "m", [term], "p1", "en");

        Assert.Equal(baseline, TranslationMemoryKey.For("孟繁岐笑了。", "m", [term], "p1", "en"));
        Assert.NotEqual(baseline, TranslationMemoryKey.For("孟繁岐笑了！", "m", [term], "p1", "en"));
        Assert.NotEqual(baseline, TranslationMemoryKey.For("孟繁岐笑了。", "m2", [term], "p1", "en"));
        Assert.NotEqual(baseline, TranslationMemoryKey.For("孟繁岐笑了。", "m", [term with { English = "Meng Fan-qi" }], "p1", "en"));
        Assert.NotEqual(baseline, TranslationMemoryKey.For("孟繁岐笑了。", "m", [term], "p2", "en"));
        Assert.NotEqual(baseline, TranslationMemoryKey.For("孟繁岐笑了。", "m", [term], "p1", "de"));
        Assert.Equal(64, Encoding.ASCII.GetByteCount(baseline));
    }

    private static TranslationMemoryEntry Entry(string key, string text) => new(key, "any-" + key, text);
}
