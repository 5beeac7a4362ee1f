using Novel.Epub;
using Novel.Epub.Reading;

namespace Novel.Tests.Epub;

/// <summary>Options and the small pieces behind reproducible, checkable books.</summary>
public sealed class EpubWriterOptionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ModifiedFromSourceDateEpoch_ReadsSecondsSinceTheUnixEpoch()
    {
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 4, 34, 56, TimeSpan.Zero), EpubWriterOptions.ModifiedFromSourceDateEpoch("1714538096", Now));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void ModifiedFromSourceDateEpoch_FallsBackToNow_WhenUnset(string? value)
    {
        Assert.Equal(Now, EpubWriterOptions.ModifiedFromSourceDateEpoch(value, Now));
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("-5")]
    [InlineData("1714538096.5")]
    [InlineData("99999999999999999")]
    public void ModifiedFromSourceDateEpoch_RefusesAValueThatIsNotWholeSeconds(string value)
    {
        var error = Assert.Throws<FormatException>(() => EpubWriterOptions.ModifiedFromSourceDateEpoch(value, Now));

        Assert.Contains(value, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Crc32_MatchesTheStandardCheckValue()
    {
        Assert.Equal(0xCBF43926u, Crc32.Compute("123456789"u8));
    }
}
