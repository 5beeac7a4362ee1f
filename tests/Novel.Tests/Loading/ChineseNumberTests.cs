using Novel.Loading;

namespace Novel.Tests.Loading;

public sealed class ChineseNumberTests
{
    [Theory]
    [InlineData("一", 1)]
    [InlineData("十", 10)]
    [InlineData("十一", 11)]
    [InlineData("二十", 20)]
    [InlineData("四十五", 45)]
    [InlineData("一百", 100)]
    [InlineData("一百零五", 105)]
    [InlineData("一百一十", 110)]
    [InlineData("一千零一十", 1010)]
    [InlineData("两百", 200)]
    [InlineData("兩千三百", 2300)]
    [InlineData("三万五千", 35000)]
    [InlineData("一萬", 10000)]
    [InlineData("廿一", 21)]
    [InlineData("卅", 30)]
    [InlineData("一零零", 100)]
    [InlineData("一一九", 119)]
    [InlineData("一二零", 120)]
    [InlineData("二〇二四", 2024)]
    [InlineData("零", 0)]
    [InlineData("12", 12)]
    [InlineData("0001", 1)]
    [InlineData("１２", 12)]
    [InlineData("壹佰贰拾", 120)]
    public void Parse_ReadsTheNumber_WhenTextIsANumeral(string text, int expected) =>
        Assert.Equal(expected, ChineseNumber.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("章")]
    [InlineData("三五十")]
    [InlineData("一个")]
    [InlineData("12a")]
    [InlineData("零十")]
    public void Parse_ReturnsNull_WhenTextIsNotANumeral(string text) => Assert.Null(ChineseNumber.Parse(text));
}
