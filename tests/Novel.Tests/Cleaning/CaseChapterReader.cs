using System.Text;
using Novel.Loading;
using Novel.Model;

namespace Novel.Tests.Cleaning;

/// <summary>A tiny test-side loader: a text file (UTF-8, or GB18030 when not valid UTF-8) as one chapter of trimmed, non-empty lines.</summary>
internal static class CaseChapterReader
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static CaseChapterReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static LoadedChapter Read(string path, string? title = null)
    {
        var text = Decode(File.ReadAllBytes(path));
        return FromText(text, Path.GetFileName(path), title);
    }

    public static LoadedChapter FromText(string text, string file, string? title = null)
    {
        var lines = new List<SourceLine>();
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r').Trim(' ', '\t', '\u3000', '\u00A0', '\uFEFF');
            if (line.Length > 0)
            {
                lines.Add(new SourceLine(line, new SourceLocation(file, number)));
            }
        }

        return new LoadedChapter(title, lines, new SourceLocation(file, 0));
    }

    public static string Decode(byte[] bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }
}
