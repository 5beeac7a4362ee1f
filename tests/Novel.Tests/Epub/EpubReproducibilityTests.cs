using System.Security.Cryptography;
using Novel.Epub;

namespace Novel.Tests.Epub;

/// <summary>The same book and options give the same bytes; a different modification time gives different ones.</summary>
public sealed class EpubReproducibilityTests
{
    [Fact]
    public void Write_GivesByteIdenticalBooks_ForTheSameBookAndOptions()
    {
        var first = SHA256.HashData(WrittenBook.Bytes(SampleBooks.Realistic(), WrittenBook.Options()));
        var second = SHA256.HashData(WrittenBook.Bytes(SampleBooks.Realistic(), WrittenBook.Options()));

        Assert.Equal(Convert.ToHexString(first), Convert.ToHexString(second));
    }

    [Fact]
    public void Write_GivesDifferentBytes_WhenModifiedDiffers()
    {
        var book = SampleBooks.Small();
        var earlier = WrittenBook.Bytes(book, WrittenBook.Options());
        var later = WrittenBook.Bytes(book, WrittenBook.Options() with { Modified = SampleBooks.Modified.AddDays(1) });

        Assert.NotEqual(Convert.ToHexString(SHA256.HashData(earlier)), Convert.ToHexString(SHA256.HashData(later)));
        Assert.Contains("2024-05-02T04:34:56Z", WrittenBook.EntryText(later, "OEBPS/content.opf"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-05-01T04:34:57Z", "2024-05-01T04:34:56")]
    [InlineData("1970-01-01T00:00:00Z", "1980-01-01T00:00:00")]
    [InlineData("2199-01-01T00:00:00Z", "2107-12-31T23:59:58")]
    public void ZipTime_IsTheUtcClockRoundedDownToTwoSeconds_WithinTheYearsZipCanHold(string modified, string expected)
    {
        var time = EpubZipWriter.ZipTime(DateTimeOffset.Parse(modified, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), time.DateTime);
    }
}
