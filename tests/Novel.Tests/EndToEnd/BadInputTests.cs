using System.Security.Cryptography;
using System.Text;
using Novel.Building;
using Novel.Cli;
using Novel.Tests.Support;

namespace Novel.Tests.EndToEnd;

public class BadInputTests
{
    static BadInputTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Build_GivesTheSameBook_WhenTheChapterIsGb18030()
    {
        using var temp = new TempDirectory();
        var utf8Book = SampleBook.CopyTo(temp);
        var gbBook = temp.Combine("gb");
        Directory.CreateDirectory(gbBook);
        foreach (var file in Directory.GetFiles(utf8Book))
        {
            File.Copy(file, Path.Combine(gbBook, Path.GetFileName(file)));
        }

        var text = File.ReadAllText(Path.Combine(utf8Book, "0001.txt"), Encoding.UTF8);
        File.WriteAllBytes(Path.Combine(gbBook, "0001.txt"), Encoding.GetEncoding("GB18030").GetBytes(text));
        Assert.NotEqual(File.ReadAllBytes(Path.Combine(utf8Book, "0001.txt")), File.ReadAllBytes(Path.Combine(gbBook, "0001.txt")));

        BookBuilder.Build(new BuildRequest { BookDirectory = utf8Book, OutputPath = temp.Combine("utf8.epub"), SourceDateEpoch = "1700000000" });
        BookBuilder.Build(new BuildRequest { BookDirectory = gbBook, OutputPath = temp.Combine("gb.epub"), SourceDateEpoch = "1700000000" });

        Assert.Equal(
            SHA256.HashData(File.ReadAllBytes(temp.Combine("utf8.epub"))),
            SHA256.HashData(File.ReadAllBytes(temp.Combine("gb.epub"))));
    }

    [Fact]
    public void Cli_ExitsOneNamingTheFile_AndKeepsTheExistingBook_WhenAChapterIsRandomBytes()
    {
        using var temp = new TempDirectory();
        var book = SampleBook.CopyTo(temp);
        var bad = Path.Combine(book, "0002.txt");
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        File.WriteAllBytes(bad, bytes);
        var output = temp.Combine("novel.epub");
        var existing = Encoding.ASCII.GetBytes("an existing book that must survive");
        File.WriteAllBytes(output, existing);
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = CliApplication.Run(["build", book, "-o", output], stdout, stderr);

        Assert.Equal(1, exit);
        Assert.Contains("0002.txt", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal(existing, File.ReadAllBytes(output));
        Assert.Equal([output], Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void Cli_ExitsTwo_OnAnUnknownOption()
    {
        var stderr = new StringWriter();

        var exit = CliApplication.Run(["build", "chapters", "--no-such-option"], new StringWriter(), stderr);

        Assert.Equal(2, exit);
        Assert.Contains("no-such-option", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Cli_ExitsTwo_OnAnUnknownLayout()
    {
        var exit = CliApplication.Run(["build", RepoPaths.Chapters, "--layout", "sideways"], new StringWriter(), new StringWriter());

        Assert.Equal(2, exit);
    }

    [Fact]
    public void Cli_ExitsOne_WhenTheBookFolderIsMissing()
    {
        var stderr = new StringWriter();

        var exit = CliApplication.Run(["build", "/no/such/book", "-o", "/tmp/never.epub"], new StringWriter(), stderr);

        Assert.Equal(1, exit);
        Assert.Contains("/no/such/book", stderr.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists("/tmp/never.epub"));
    }
}
