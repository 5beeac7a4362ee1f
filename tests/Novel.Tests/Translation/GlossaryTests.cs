using Novel.Translation;

namespace Novel.Tests.Translation;

public sealed class GlossaryTests
{
    [Fact]
    public void Parse_ReadsTermsWithAnyColon_SkippingCommentsAndBlankLines()
    {
        var glossary = Glossary.Parse("# people\n孟繁岐: Meng Fanqi\r\n\n付院长：Dean Fu\n残差网络 = ResNet\n", "glossary.txt");

        Assert.Equal(
            [new GlossaryEntry("付院长", "Dean Fu"), new GlossaryEntry("孟繁岐", "Meng Fanqi"), new GlossaryEntry("残差网络", "ResNet")],
            glossary.Entries);
        Assert.Equal([new GlossaryEntry("孟繁岐", "Meng Fanqi")], glossary.EntriesIn("孟繁岐笑了。"));
    }

    [Fact]
    public void Parse_NamesTheFileAndLine_WhenALineHasNoEnglish()
    {
        var exception = Assert.Throws<NovelInputException>(() => Glossary.Parse("孟繁岐: Meng Fanqi\n付院长\n", "glossary.txt"));

        Assert.Equal(2, exception.Line);
        Assert.StartsWith("glossary.txt:2:", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Meng Fanqi smiled.", true)]
    [InlineData("meng fanqi smiled.", true)]
    [InlineData("Fanqi smiled.", false)]
    public void Misses_FindsTermsWhoseEnglishIsAbsent(string translation, bool used)
    {
        var misses = GlossaryChecker.Misses([new GlossaryEntry("孟繁岐", "Meng Fanqi")], translation);

        Assert.Equal(used, misses.Count == 0);
    }
}
