using Novel.Cli;
using Novel.Epub.Reading;
using Novel.Tests.Support;
using Novel.Tests.Translation;

namespace Novel.Tests.EndToEnd;

/// <summary>
/// The sample book without its human translation, built with <c>novel build --translate</c> against a fake
/// OpenAI-compatible endpoint named in book.yml: the machine's English lands after its own paragraph, and a second
/// build pays for nothing.
/// </summary>
public class MachineTranslatedBookTests
{
    [Fact]
    public void BuildTranslate_AttachesEachMachineTranslationToItsOwnParagraph_AndARebuildSendsNoRequest()
    {
        using var temp = new TempDirectory();
        using var server = new FakeChatServer();
        var book = SampleBook.CopyTo(temp);
        File.Delete(Path.Combine(book, "0001.en.md"));
        File.AppendAllText(Path.Combine(book, "book.yml"), $"translation:\n  base-url: {server.BaseUrl}\n  model: fake-model\n");
        var output = temp.Combine("novel.epub");

        var exit = CliApplication.Run(["build", book, "-o", output, "--translate"], new StringWriter(), new StringWriter());

        Assert.Equal(0, exit);
        var sent = server.RequestCount;
        Assert.True(sent > 0);
        var glossary = new Dictionary<string, string> { ["孟繁岐"] = "Meng Fanqi", ["恺明"] = "Kaiming", ["付院长"] = "Dean Fu", ["阿里克斯"] = "Alex" };
        var blocks = EpubReader.Read(output).Spine.SelectMany(s => s.Blocks).Where(b => b.Element == "p").ToList();
        foreach (var line in SampleBook.StoryLines)
        {
            var at = blocks.FindIndex(b => b.Text == line);
            Assert.True(at >= 0, "missing story line: " + line);
            Assert.Equal("en", blocks[at + 1].Lang);
            var english = blocks[at + 1].Text;
            Assert.StartsWith(FakeTranslation.Of(line, new Dictionary<string, string>()), english, StringComparison.Ordinal);
            Assert.All(glossary.Where(g => line.Contains(g.Key, StringComparison.Ordinal)), g => Assert.Contains(g.Value, english, StringComparison.Ordinal));
        }

        var again = CliApplication.Run(["build", book, "-o", output, "--translate"], new StringWriter(), new StringWriter());

        Assert.Equal(0, again);
        Assert.Equal(sent, server.RequestCount);
    }
}
