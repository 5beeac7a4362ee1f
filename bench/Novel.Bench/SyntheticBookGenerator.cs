using System.Text;

namespace Novel.Bench;

/// <summary>
/// Writes a synthetic bilingual web novel in the book-folder format: scraped-style chapter .txt files with site
/// boilerplate, .en.md translations paragraph for paragraph, and book.yml. The text is made up from fixed word
/// lists by a seeded generator, so every run with the same size writes the same book.
/// </summary>
internal sealed class SyntheticBookGenerator(int paragraphsPerChapter = 30)
{
    private static readonly string[] Hanzi =
    [
        "孟", "繁", "岐", "网", "络", "训", "练", "深", "度", "模", "型", "数", "据", "实", "验", "室", "老", "师", "同", "学",
        "突", "破", "结", "构", "代", "码", "论", "文", "引", "用", "天", "地", "山", "水", "风", "云", "剑", "气", "宗", "门",
        "长", "老", "弟", "子", "修", "炼", "灵", "力", "丹", "药", "城", "市", "公", "司", "会", "议", "时", "间", "问", "题",
    ];

    private static readonly string[] Words =
    [
        "Meng", "Fanqi", "network", "training", "deep", "model", "data", "laboratory", "teacher", "classmate", "breakthrough",
        "structure", "code", "paper", "citation", "sky", "earth", "mountain", "water", "wind", "cloud", "sword", "sect",
        "elder", "disciple", "cultivation", "spirit", "power", "pill", "city", "company", "meeting", "time", "question",
        "the", "of", "and", "a", "to", "in", "was", "he", "she", "it", "that", "with", "for", "on", "at", "by",
    ];

    private static readonly string[] Boilerplate =
    [
        "手机浏览器扫描二维码访问",
        "天才一秒记住本站地址：www.example-novel.com。手机版阅读网址：m.example-novel.com",
        "本章未完，请点击下一页继续阅读",
    ];

    /// <summary>Writes a book of <paramref name="chapters"/> chapters into <paramref name="directory"/>.</summary>
    public void Write(string directory, int chapters)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "book.yml"), "title: 合成之书\ntranslated-title: A Synthetic Book\nauthor: 佚名\nidentifier: urn:uuid:0b5e2f59-7d3c-4a4e-8f1a-6c2d9e8b7a10\n");
        var random = new Random(20261127);
        var zh = new StringBuilder();
        var en = new StringBuilder();
        for (var number = 1; number <= chapters; number++)
        {
            zh.Clear();
            en.Clear();
            zh.Append(Boilerplate[0]).Append('\n');
            zh.Append($"第{number}章 {Phrase(random, 4)}\n");
            en.Append($"# Chapter {number} {Sentence(random, 3).TrimEnd('.')}\n\n");
            for (var p = 0; p < paragraphsPerChapter; p++)
            {
                // A translation's length follows its original's, as a real one's does.
                var length = 24 + random.Next(16);
                zh.Append('\u3000', 2).Append(Phrase(random, length)).Append("。\n");
                en.Append(Sentence(random, 14 + ((length - 24) * 9 / 15) + random.Next(-1, 2))).Append("\n\n");
                if (p == paragraphsPerChapter / 2)
                {
                    zh.Append(Boilerplate[1]).Append('\n');
                }
            }

            zh.Append(Boilerplate[2]).Append('\n');
            var stem = number.ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
            File.WriteAllText(Path.Combine(directory, stem + ".txt"), zh.ToString());
            File.WriteAllText(Path.Combine(directory, stem + ".en.md"), en.ToString());
        }
    }

    /// <summary>Writes the same content as one bilingual Markdown file, the form pandoc and calibre take.</summary>
    public static void WriteMarkdown(string bookDirectory, string markdownPath)
    {
        using var output = new StreamWriter(markdownPath, false, new UTF8Encoding(false));
        output.Write("---\ntitle: 合成之书\nauthor: 佚名\nlang: zh-Hans\n---\n\n");
        foreach (var txt in Directory.GetFiles(bookDirectory, "*.txt").Order(StringComparer.Ordinal))
        {
            var zhLines = File.ReadAllLines(txt).Select(l => l.Trim('\u3000', ' ')).Where(l => l.Length > 0 && !Boilerplate.Contains(l)).ToList();
            var enParagraphs = File.ReadAllText(Path.ChangeExtension(txt, ".en.md")).Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
            output.Write($"# {zhLines[0]} · {enParagraphs[0].TrimStart('#', ' ').Trim()}\n\n");
            for (var i = 1; i < zhLines.Count; i++)
            {
                output.Write(zhLines[i]);
                output.Write("\n\n");
                if (i < enParagraphs.Length)
                {
                    output.Write(enParagraphs[i].Trim());
                    output.Write("\n\n");
                }
            }
        }
    }

    private static string Phrase(Random random, int length)
    {
        var builder = new StringBuilder(length + 2);
        for (var i = 0; i < length; i++)
        {
            builder.Append(Hanzi[random.Next(Hanzi.Length)]);
            if (i > 0 && i % 11 == 0 && i < length - 1)
            {
                builder.Append('，');
            }
        }

        return builder.ToString();
    }

    private static string Sentence(Random random, int words)
    {
        var builder = new StringBuilder(words * 7);
        for (var i = 0; i < words; i++)
        {
            var word = Words[random.Next(Words.Length)];
            builder.Append(i == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);
            builder.Append(i == words - 1 ? "." : " ");
        }

        return builder.ToString();
    }
}
