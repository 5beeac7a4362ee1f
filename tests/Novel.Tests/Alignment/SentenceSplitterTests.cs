using Novel.Alignment;

namespace Novel.Tests.Alignment;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void ChineseSplitter_KeepsClosingQuotesWithTheirSentence()
    {
        var sentences = ChineseSentenceSplitter.Split("他问：“你来了？”她笑道：“来了。”然后两人都不说话了。");

        Assert.Equal(["他问：“你来了？”", "她笑道：“来了。”", "然后两人都不说话了。"], sentences);
    }

    [Fact]
    public void ChineseSplitter_SplitsAfterEllipsesSemicolonsAndCornerQuotes()
    {
        var sentences = ChineseSentenceSplitter.Split("他想了想……终于开口；「罢了！」众人散去");

        Assert.Equal(["他想了想……", "终于开口；", "「罢了！」", "众人散去"], sentences);
    }

    [Fact]
    public void ChineseSplitter_ReadsAsciiPunctuationAndFullWidthStopsOfScrapedText()
    {
        var sentences = ChineseSentenceSplitter.Split("他说:\"走吧!\"于是走了.版本3.5很好．完");

        Assert.Equal(["他说:\"走吧!\"", "于是走了.", "版本3.5很好．", "完"], sentences);
    }

    [Fact]
    public void ChineseSplitter_AttachesAnAsciiQuoteThatClosesACurlyQuotation()
    {
        var sentences = ChineseSentenceSplitter.Split("自又云：“不亦宜乎？\"故曰云云．");

        Assert.Equal(["自又云：“不亦宜乎？\"", "故曰云云．"], sentences);
    }

    [Fact]
    public void EnglishSplitter_DoesNotSplitAfterTitlesOrInitials()
    {
        var sentences = EnglishSentenceSplitter.Split("Mr. Chen met Dr. Wang on St. Mark's Road. J. K. Rowling was not there. It rained.");

        Assert.Equal(["Mr. Chen met Dr. Wang on St. Mark's Road.", "J. K. Rowling was not there.", "It rained."], sentences);
    }

    [Fact]
    public void EnglishSplitter_KeepsClosingQuotesAndSplitsBetweenQuotations()
    {
        var sentences = EnglishSentenceSplitter.Split("\"Pray explain to me in lucid terms.\" \"You mustn't be inquisitive,\" the bonze replied.");

        Assert.Equal(["\"Pray explain to me in lucid terms.\"", "\"You mustn't be inquisitive,\" the bonze replied."], sentences);
    }

    [Fact]
    public void EnglishSplitter_SplitsAfterEllipsisOnlyBeforeANewSentence()
    {
        var sentences = EnglishSentenceSplitter.Split("He waited... and waited... Nobody came. \"Why?\" she asked? no.");

        Assert.Equal(["He waited... and waited...", "Nobody came.", "\"Why?\" she asked? no."], sentences);
    }

    [Fact]
    public void EnglishSplitter_ReadsHardWrappedLinesAsSpaces()
    {
        var sentences = EnglishSentenceSplitter.Split("The stone listened\r\nwith delight. Then it\nspoke.");

        Assert.Equal(["The stone listened with delight.", "Then it spoke."], sentences);
    }
}
