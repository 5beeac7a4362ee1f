using System.Text.RegularExpressions;
using Novel.Cleaning;
using Novel.Loading;
using Novel.Model;
using Novel.Tests.Support;

namespace Novel.Tests.Cleaning;

/// <summary>《紅樓夢》 has no site boilerplate at all: every rule must leave its 27,000 lines alone.</summary>
public sealed partial class HongloumengTests
{
    [Fact]
    public void CleanBook_RemovesNothingFromAClassicalNovel_WithoutSiteBoilerplate()
    {
        var path = Path.Combine(RepoPaths.HongloumengOrSkip(), "zh-24264.txt");
        var chapters = SplitCrudely(File.ReadAllLines(path), "zh-24264.txt");
        Assert.True(chapters.Count >= 120, $"{chapters.Count} chapters");

        var cleaned = new BoilerplateCleaner().CleanBook(chapters);

        var changes = cleaned.SelectMany(c => c.Events).Where(e => e.Action != CleaningAction.Repaired).ToList();
        Assert.True(changes.Count == 0, string.Join("\n", changes.Take(20)));
        Assert.Equal(chapters.Sum(c => c.Lines.Count), cleaned.Sum(c => c.Paragraphs.Count));
    }

    // Enough of a loader for this test: a chapter at each 第…回 line, the Gutenberg header and footer left out.
    private static List<LoadedChapter> SplitCrudely(string[] lines, string file)
    {
        var chapters = new List<LoadedChapter>();
        List<SourceLine>? current = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var text = lines[i].Trim(' ', '\u3000');
            if (text.StartsWith("*** END", StringComparison.Ordinal))
            {
                break;
            }

            if (Heading().IsMatch(text))
            {
                current = [];
                chapters.Add(new LoadedChapter(null, current, new SourceLocation(file, i + 1)));
            }

            if (current is not null && text.Length > 0)
            {
                current.Add(new SourceLine(text, new SourceLocation(file, i + 1)));
            }
        }

        return chapters;
    }

    [GeneratedRegex("^第[一二三四五六七八九十百零〇]+回")]
    private static partial Regex Heading();
}
