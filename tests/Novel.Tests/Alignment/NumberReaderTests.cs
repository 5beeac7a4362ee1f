using Novel.Alignment;

namespace Novel.Tests.Alignment;

public sealed class NumberReaderTests
{
    [Theory]
    [InlineData("方經二十四丈頑石三万六千五百零一塊", new long[] { 24, 36501 })]
    [InlineData("他在一九九八年兩次來過", new long[] { 1998, 2 })]
    [InlineData("批大小是256，共1,000張", new long[] { 256, 1000 })]
    [InlineData("一百五十二層", new long[] { 152 })]
    public void ChineseReader_ReadsNumeralsAndDigits(string text, long[] expected) =>
        Assert.Equal(expected, ChineseNumberReader.Read(text));

    [Theory]
    [InlineData("36,501 blocks, each twelve chang high and twenty-four chang square", new long[] { 36501, 12, 24 })]
    [InlineData("a hundred and fifty-two layers", new long[] { 152 })]
    [InlineData("a thousand volumes and the third day", new long[] { 1000, 3 })]
    [InlineData("thirty six thousand five hundred and one", new long[] { 36501 })]
    public void EnglishReader_ReadsNumberWordsAndDigits(string text, long[] expected) =>
        Assert.Equal(expected, EnglishNumberReader.Read(text));
}
