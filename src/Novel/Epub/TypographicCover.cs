using System.Globalization;
using System.Text;
using System.Xml;
using Novel.Model;

namespace Novel.Epub;

/// <summary>
/// Makes a plain typographic cover (an SVG image: the title in both languages and the author, black on white) for a
/// book whose metadata names no cover, so that readers' library views show the book by name rather than a blank.
/// A volume of a set shows the whole book's title and, below it, the volume number in large figures.
/// </summary>
internal static class TypographicCover
{
    private const int Width = 600;
    private const int Height = 900;
    private const int CjkPerLine = 8;
    private const int LatinPerLine = 26;

    public static CoverImage Create(BookMetadata metadata, EpubSeries? series = null)
    {
        var title = series?.Title ?? metadata.Title;
        var translatedTitle = series is null ? metadata.TranslatedTitle : series.TranslatedTitle;
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            const string svg = "http://www.w3.org/2000/svg";
            xml.WriteStartDocument();
            xml.WriteStartElement("svg", svg);
            xml.WriteAttributeString("version", "1.1");
            xml.WriteAttributeString("width", Number(Width));
            xml.WriteAttributeString("height", Number(Height));
            xml.WriteAttributeString("viewBox", $"0 0 {Number(Width)} {Number(Height)}");
            Rect(xml, 0, 0, Width, Height, "#ffffff", null);
            Rect(xml, 30, 30, Width - 60, Height - 60, "none", "#000000");

            var y = 260;
            foreach (var line in Wrap(XmlTextSanitizer.Clean(title), CjkPerLine, cjk: true))
            {
                Text(xml, line, y, 64, metadata.Language, "bold");
                y += 84;
            }

            if (translatedTitle is { Length: > 0 } translated)
            {
                y += 20;
                foreach (var line in Wrap(XmlTextSanitizer.Clean(translated), LatinPerLine, cjk: false))
                {
                    Text(xml, line, y, 38, metadata.TranslationLanguage, "normal");
                    y += 50;
                }
            }

            if (series is not null)
            {
                // Figures read the same in both languages; kept clear of the author line below.
                Text(xml, Number(series.Position), Math.Clamp(y + 110, 620, 690), 120, "zxx", "bold");
            }

            if (metadata.Author is { Length: > 0 } author)
            {
                Text(xml, XmlTextSanitizer.Clean(author), Height - 140, 36, metadata.Language, "normal");
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return new CoverImage("cover.svg", "image/svg+xml", buffer.ToArray());
    }

    private static void Rect(XmlWriter xml, int x, int y, int width, int height, string fill, string? stroke)
    {
        xml.WriteStartElement("rect");
        xml.WriteAttributeString("x", Number(x));
        xml.WriteAttributeString("y", Number(y));
        xml.WriteAttributeString("width", Number(width));
        xml.WriteAttributeString("height", Number(height));
        xml.WriteAttributeString("fill", fill);
        if (stroke is not null)
        {
            xml.WriteAttributeString("stroke", stroke);
            xml.WriteAttributeString("stroke-width", "2");
        }

        xml.WriteEndElement();
    }

    private static void Text(XmlWriter xml, string text, int y, int size, string language, string weight)
    {
        xml.WriteStartElement("text");
        xml.WriteAttributeString("xml", "lang", null, language);
        xml.WriteAttributeString("x", Number(Width / 2));
        xml.WriteAttributeString("y", Number(y));
        xml.WriteAttributeString("text-anchor", "middle");
        xml.WriteAttributeString("font-family", "serif");
        xml.WriteAttributeString("font-size", Number(size));
        xml.WriteAttributeString("font-weight", weight);
        xml.WriteAttributeString("fill", "#000000");
        xml.WriteString(text);
        xml.WriteEndElement();
    }

    /// <summary>Breaks a title into lines: CJK text every few characters, Latin text at spaces.</summary>
    internal static IReadOnlyList<string> Wrap(string text, int perLine, bool cjk)
    {
        var lines = new List<string>();
        if (cjk)
        {
            var elements = StringInfo.GetTextElementEnumerator(text.Trim());
            var line = new StringBuilder();
            var count = 0;
            while (elements.MoveNext())
            {
                line.Append(elements.GetTextElement());
                if (++count == perLine)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                    count = 0;
                }
            }

            if (line.Length > 0)
            {
                lines.Add(line.ToString());
            }
        }
        else
        {
            var line = new StringBuilder();
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (line.Length > 0 && line.Length + 1 + word.Length > perLine)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }

                line.Append(line.Length > 0 ? " " : "").Append(word);
            }

            if (line.Length > 0)
            {
                lines.Add(line.ToString());
            }
        }

        return lines.Take(4).ToList();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
