using System.Xml.Linq;
using Novel.Epub;
using Novel.Model;

namespace Novel.Tests.Epub;

public class TypographicCoverTests
{
    [Fact]
    public void Create_WritesBothTitlesAndTheAuthor_AsSvgTextInTheirLanguages()
    {
        var metadata = new BookMetadata { Title = "残差", TranslatedTitle = "Residuals", Author = "佚名" };

        var cover = TypographicCover.Create(metadata);

        Assert.Equal("image/svg+xml", cover.MediaType);
        var texts = XDocument.Parse(System.Text.Encoding.UTF8.GetString(cover.Bytes))
            .Descendants(XName.Get("text", "http://www.w3.org/2000/svg"))
            .Select(t => (Text: t.Value, Lang: (string?)t.Attribute(XNamespace.Xml + "lang")))
            .ToList();
        Assert.Equal([("残差", "zh-Hans"), ("Residuals", "en"), ("佚名", "zh-Hans")], texts);
    }

    [Fact]
    public void Create_EscapesMarkupAndDropsControlCharacters_InHostileTitles()
    {
        var metadata = new BookMetadata { Title = "<b>&\u0001", TranslatedTitle = "]]> & <script>" };

        var svg = System.Text.Encoding.UTF8.GetString(TypographicCover.Create(metadata).Bytes);

        var texts = XDocument.Parse(svg).Descendants(XName.Get("text", "http://www.w3.org/2000/svg")).Select(t => t.Value).ToList();
        Assert.Equal(["<b>&", "]]> & <script>"], texts);
    }

    [Theory]
    [InlineData("一二三四五六七八九十", 8, new[] { "一二三四五六七八", "九十" })]
    [InlineData("The Story of the Stone", 12, new[] { "The Story of", "the Stone" })]
    public void Wrap_BreaksCjkByCharactersAndLatinAtSpaces(string title, int perLine, string[] expected)
    {
        var cjk = title[0] > '\u2E80';

        Assert.Equal(expected, TypographicCover.Wrap(title, perLine, cjk));
    }
}
