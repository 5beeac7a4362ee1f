using Novel.Cli.Commands;
using Novel.Tests.Support;

namespace Novel.Tests.Alignment;

public sealed class AlignCommandTests
{
    [Fact]
    public void Align_PrintsGoldFormatBeads_WithLineUnits()
    {
        var folder = Path.Combine(RepoPaths.Cases, "Alignment");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = AlignCommand.Run(
            new AlignOptions { Original = Path.Combine(folder, "webnovel-lab.zh.txt"), Translation = Path.Combine(folder, "webnovel-lab.en.txt"), Unit = "line" },
            stdout,
            stderr);

        Assert.Equal(0, code);
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, l => Assert.Matches(@"^\[(\d+(,\d+)*)?\]:\[(\d+(,\d+)*)?\]$", l));
        Assert.Contains("[]:[12]", lines);
        Assert.Contains("[27]:[]", lines);
    }

    [Fact]
    public void Align_KeepsFileLineNumbers_WhenBlankLinesAreSkipped()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("zh.txt"), "林舟推开门。\n\n他笑了，说：“走吧。”\n");
        File.WriteAllText(temp.Combine("en.txt"), "Lin Zhou pushed the door open.\nHe smiled and said, \"Let's go.\"\n");
        var stdout = new StringWriter();

        var code = AlignCommand.Run(new AlignOptions { Original = temp.Combine("zh.txt"), Translation = temp.Combine("en.txt"), Unit = "line" }, stdout, new StringWriter());

        Assert.Equal(0, code);
        Assert.Equal("[0]:[0]\n[2]:[1]\n", stdout.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Align_SplitsSentences_WithSentenceUnits()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("zh.txt"), "林舟推开门。他笑了。\n\n“走吧！”\n");
        File.WriteAllText(temp.Combine("en.txt"), "Lin Zhou pushed the door open. He smiled.\n\n\"Let's go!\"\n");
        var stdout = new StringWriter();

        var code = AlignCommand.Run(new AlignOptions { Original = temp.Combine("zh.txt"), Translation = temp.Combine("en.txt"), Unit = "sentence" }, stdout, new StringWriter());

        Assert.Equal(0, code);
        Assert.Equal("[0]:[0]\n[1]:[1]\n[2]:[2]\n", stdout.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Align_FailsWithExitCode1_WhenAFileIsMissing()
    {
        var stderr = new StringWriter();

        var code = AlignCommand.Run(new AlignOptions { Original = "/nonexistent/zh.txt", Translation = "/nonexistent/en.txt" }, new StringWriter(), stderr);

        Assert.Equal(1, code);
        Assert.Contains("zh.txt", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AlignOptions_AreParsedFromTheCommandLine()
    {
        var parsed = new CommandLine.Parser(s => s.HelpWriter = null)
            .ParseArguments<AlignOptions>(["zh.txt", "en.txt", "--unit", "line", "--glossary", "names.txt"]);

        var options = Assert.IsType<CommandLine.Parsed<AlignOptions>>(parsed).Value;
        Assert.Equal(new AlignOptions { Original = "zh.txt", Translation = "en.txt", Unit = "line", Glossary = "names.txt" }, options);
    }

    [Fact]
    public void Align_FailsWithExitCode2_ForAnUnknownUnit()
    {
        var code = AlignCommand.Run(new AlignOptions { Original = "a", Translation = "b", Unit = "chapter" }, new StringWriter(), new StringWriter());

        Assert.Equal(2, code);
    }
}
