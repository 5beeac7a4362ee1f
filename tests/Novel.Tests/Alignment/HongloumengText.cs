using System.Security.Cryptography;
using System.Text;
using Novel.Alignment;
using Novel.Pairing;

namespace Novel.Tests.Alignment;

/// <summary>
/// Reads chapter 1 of 《紅樓夢》 and of Joly's translation from the shared corpus and cuts both into sentences the way
/// the gold bead file was made, so that the gold can refer to sentences by index without the repo holding any text.
/// </summary>
internal static class HongloumengText
{
    /// <summary>The sentences of 第一回 (hard-wrapped lines re-joined into paragraphs, then split).</summary>
    public static IReadOnlyList<string> ChineseChapterOne(string corpus)
    {
        var lines = File.ReadAllLines(Path.Combine(corpus, "zh-24264.txt"));
        var start = Array.FindIndex(lines, l => l.StartsWith("第一回", StringComparison.Ordinal));
        var end = Array.FindIndex(lines, start + 1, l => l.StartsWith("第二回", StringComparison.Ordinal));
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

    /// <summary>The sentences of Joly's CHAPTER I.</summary>
    public static IReadOnlyList<string> EnglishChapterOne(string corpus)
    {
        var text = File.ReadAllText(Path.Combine(corpus, "en-joly-9603.txt"), Encoding.Latin1);
        var chapter = EnglishBookSplitter.Split(text, "en-joly-9603.txt").Single(c => c.Number == 1);
        return chapter.Paragraphs.SelectMany(p => EnglishSentenceSplitter.Split(p.Text)).ToList();
    }

    /// <summary>A fingerprint of two sentence lists, to tell when the splitters no longer cut as the gold assumes.</summary>
    public static string Fingerprint(IEnumerable<string> source, IEnumerable<string> target)
    {
        var joined = string.Join('\n', source) + "\0" + string.Join('\n', target);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(joined)))[..16];
    }
}
