using System.Xml.Linq;
using Novel.Epub;
using Novel.Tests.Support;

namespace Novel.Tests.Epub;

/// <summary>A volume of a set: its package names the series twice (EPUB 3 and calibre) and its typographic cover shows the number.</summary>
public class EpubSeriesTests
{
    private static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Write_AddsBelongsToCollectionAndCalibreSeries_ForAVolume()
    {
        var book = SampleBooks.Small();
        var series = new EpubSeries("重生之AI时代", "Reborn in the Age of AI", 2, 3);

        var metadata = Metadata(WrittenBook.Bytes(book, WrittenBook.Options() with { Series = series }));

        var collection = Assert.Single(metadata.Elements(Opf + "meta"), m => (string?)m.Attribute("property") == "belongs-to-collection");
        Assert.Equal("重生之AI时代", collection.Value);
        Assert.Equal("zh-Hans", (string?)collection.Attribute(XNamespace.Xml + "lang"));
        var refines = "#" + (string?)collection.Attribute("id");
        var refinements = metadata.Elements(Opf + "meta").Where(m => (string?)m.Attribute("refines") == refines)
            .ToDictionary(m => (string)m.Attribute("property")!, m => m.Value);
        Assert.Equal(new Dictionary<string, string> { ["collection-type"] = "series", ["group-position"] = "2" }, refinements);
        Assert.Equal("重生之AI时代", Named(metadata, "calibre:series"));
        Assert.Equal("2", Named(metadata, "calibre:series_index"));
    }

    [Fact]
    public void Write_NamesNoSeries_ForABookOnItsOwn()
    {
        var metadata = Metadata(WrittenBook.Bytes(SampleBooks.Small(), WrittenBook.Options()));

        Assert.DoesNotContain(metadata.Elements(Opf + "meta"), m => (string?)m.Attribute("property") == "belongs-to-collection");
        Assert.Null(Named(metadata, "calibre:series"));
    }

    [Fact]
    public void Write_GivesAVolumeAnEpubcheckCleanPackage()
    {
        using var temp = new TempDirectory();
        var path = WrittenBook.Write(temp, SampleBooks.Realistic(), WrittenBook.Options() with { Series = new EpubSeries("重生之AI时代", null, 1, 1) });

        var check = Epubcheck.Run(path);

        Assert.True(check.IsClean, check.Output);
    }

    [Fact]
    public void TypographicCover_ShowsTheSeriesTitlesAndTheVolumeNumber()
    {
        var volume = SampleBooks.Small().Metadata with { Title = "重生之AI时代 2", TranslatedTitle = "Reborn in the Age of AI 2" };

        var cover = TypographicCover.Create(volume, new EpubSeries("重生之AI时代", "Reborn in the Age of AI", 2, 3));

        var texts = XDocument.Parse(System.Text.Encoding.UTF8.GetString(cover.Bytes)).Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Equal(["重生之AI时代", "Reborn in the Age of AI", "2", "孟凡"], texts);
    }

    [Fact]
    public void TypographicCover_ShowsTheVolumeNumberInTheCoverPage_OfAWrittenVolume()
    {
        var book = SampleBooks.Small();

        var epub = WrittenBook.Bytes(book, WrittenBook.Options() with { Series = new EpubSeries(book.Metadata.Title, null, 7, 9) });

        var svg = XDocument.Parse(WrittenBook.EntryText(epub, "OEBPS/images/cover.svg"));
        Assert.Contains("7", svg.Descendants(Svg + "text").Select(t => t.Value));
    }

    private static XElement Metadata(byte[] epub) =>
        XDocument.Parse(WrittenBook.EntryText(epub, "OEBPS/content.opf")).Root!.Element(Opf + "metadata")!;

    private static string? Named(XElement metadata, string name) =>
        metadata.Elements(Opf + "meta").Where(m => (string?)m.Attribute("name") == name).Select(m => (string?)m.Attribute("content")).SingleOrDefault();
}
