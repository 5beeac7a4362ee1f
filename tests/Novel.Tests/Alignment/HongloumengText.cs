using System.Security.Cryptography;
using System.Text;
using Novel.Alignment;
using Novel.Pairing;

namespace Novel.Tests.Alignment;

/// <summary>
/// Reads chapters 1 and 2 of 《紅樓夢》 and of Joly's translation from the shared corpus and cuts both into sentences the way
/// the gold bead file was made, so that the gold can refer to sentences by index without the repo holding any text.
/// </summary>
internal static class HongloumengText
{
    private static readonly string[] Headings = ["第一回", "第二回", "第三回"];

    /// <summary>The sentences of 第一回 or 第二回 (hard-wrapped lines re-joined into paragraphs, then split).</summary>
    public static IReadOnlyList<string> ChineseChapter(string corpus, int number)
    {
        var lines = File.ReadAllLines(Path.Combine(corpus, "zh-24264.txt"));
        var start = Array.FindIndex(lines, l => l.StartsWith(Headings[number - 1], StringComparison.Ordinal));
        var end = Array.FindIndex(lines, start + 1, l => l.StartsWith(Headings[number], StringComparison.Ordinal));
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        for (var i = start + 1; i < end; i++)
        {
            var line = lines[i];
            if (line.StartsWith("---", StringComparison.Ordinal))
            {
                continue;
            }

            if (line.StartsWith("\u3000\u3000", StringComparison.Ordinal) && current.Length > 0)
            {
                paragraphs.Add(current.ToString());
                current.Clear();
            }

            current.Append(line.Trim().Trim('\u3000'));
        }

        paragraphs.Add(current.ToString());
        return paragraphs.SelectMany(ChineseSentenceSplitter.Split).ToList();
    }

    /// <summary>The sentences of Joly's chapter of that number (Book I).</summary>
    public static IReadOnlyList<string> EnglishChapter(string corpus, int number)
    {
        var text = File.ReadAllText(Path.Combine(corpus, "en-joly-9603.txt"), Encoding.Latin1);
        var chapter = EnglishBookSplitter.Split(text, "en-joly-9603.txt").Single(c => c.Number == number);
        return chapter.Paragraphs.SelectMany(p => EnglishSentenceSplitter.Split(p.Text)).ToList();
    }

    /// <summary>A fingerprint of two sentence lists, to tell when the splitters no longer cut as the gold assumes.</summary>
    public static string Fingerprint(IEnumerable<string> source, IEnumerable<string> target)
    {
        var joined = string.Join('\n', source) + "\0" + string.Join('\n', target);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(joined)))[..16];
    }
}
