using Novel.Cleaning;

namespace Novel.Tests.Cleaning;

/// <summary>
/// Story-line recall and boilerplate removal over the whole labelled set. An input line is labelled story when an
/// expected paragraph comes from it (they share a run of eight characters, or the paragraph holds the whole line), else boilerplate.
/// </summary>
public sealed class LabelledSetTests
{
    private const int SharedRun = 8;

    [Fact]
    public void Clean_KeepsStoryAndRemovesBoilerplate_AcrossTheLabelledSet()
    {
        int storyParagraphs = 0, storyKept = 0, junkLines = 0, junkRemoved = 0;
        var misses = new List<string>();
        foreach (var name in CleaningCases.Names())
        {
            var chapter = CaseChapterReader.Read(CleaningCases.InputPath(name));
            var expected = CleaningCases.Expected(name).Select(CleaningCases.StripNote).ToList();
            var actual = new BoilerplateCleaner().Clean(chapter).Paragraphs.Select(p => p.Text).ToList();

            foreach (var paragraph in expected)
            {
                storyParagraphs++;
                if (actual.Contains(paragraph))
                {
                    storyKept++;
                }
                else
                {
                    misses.Add($"{name}: lost story \"{paragraph}\"");
                }
            }

            foreach (var line in chapter.Lines.Where(l => !expected.Exists(e => Related(l.Text, e))))
            {
                junkLines++;
                if (!actual.Exists(a => Related(line.Text, a)))
                {
                    junkRemoved++;
                }
                else
                {
                    misses.Add($"{name}:{line.Source.Line}: junk left \"{line.Text}\"");
                }
            }
        }

        Assert.True(storyParagraphs >= 150 && junkLines >= 40, $"too small a set: {storyParagraphs} story, {junkLines} junk");
        var recall = (double)storyKept / storyParagraphs;
        var removal = (double)junkRemoved / junkLines;
        var summary = $"recall {recall:P2} ({storyKept}/{storyParagraphs}), removal {removal:P2} ({junkRemoved}/{junkLines})\n"
            + string.Join("\n", misses);
        Assert.True(recall >= 0.995, summary);
        Assert.True(removal >= 0.98, summary);
    }

    [Fact]
    public void Related_LabelsCutAndJoinedLinesAsStory_AndJunkAsJunk()
    {
        Assert.True(Related("他笑了笑，没有说话。UU看书 www.uukanshu.com 然后转身走了出去。", "他笑了笑，没有说话。然后转身走了出去。"));
        Assert.True(Related("心里", "他盯着屏幕，心里却在盘算另一件事。"));
        Assert.False(Related("章节错误，点此举报(免注册)", "他盯着屏幕，心里却在盘算另一件事。"));
    }

    private static bool Related(string line, string paragraph)
    {
        var a = Squeeze(line);
        var b = Squeeze(paragraph);
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }

        if (b.Contains(a, StringComparison.Ordinal))
        {
            return true;
        }

        return LongestCommonRun(a, b) >= SharedRun;
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static int LongestCommonRun(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        var best = 0;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : 0;
                best = Math.Max(best, current[j]);
            }

            (previous, current) = (current, previous);
        }

        return best;
    }
}
