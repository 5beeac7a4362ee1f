using System.Text;
using Novel.Building;
using Novel.Tests.Support;

namespace Novel.Tests.Building;

public class AtomicFileSetTests
{
    [Fact]
    public void Write_WritesEveryFile_AndLeavesNoTemporaryFiles()
    {
        using var temp = new TempDirectory();

        AtomicFileSet.Write(
        [
            (temp.Combine("out", "a-1.epub"), s => s.Write("one"u8)),
            (temp.Combine("out", "a-2.epub"), s => s.Write("two"u8)),
        ]);

        Assert.Equal("one", File.ReadAllText(temp.Combine("out", "a-1.epub")));
        Assert.Equal("two", File.ReadAllText(temp.Combine("out", "a-2.epub")));
        Assert.Equal(2, Directory.GetFiles(temp.Combine("out")).Length);
    }

    [Fact]
    public void Write_TouchesNoTarget_WhenALaterFileFails()
    {
        using var temp = new TempDirectory();
        var first = temp.Combine("a-1.epub");
        var second = temp.Combine("a-2.epub");
        File.WriteAllText(first, "old one");

        var error = Assert.Throws<InvalidOperationException>(() => AtomicFileSet.Write(
        [
            (first, s => s.Write("new one"u8)),
            (second, s =>
            {
                s.Write("half of tw"u8);
                throw new InvalidOperationException("disk on fire");
            }),
        ]));

        Assert.Equal("disk on fire", error.Message);
        Assert.Equal("old one", File.ReadAllText(first, Encoding.UTF8));
        Assert.False(File.Exists(second));
        Assert.Equal([first], Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void Write_Refuses_WhenTwoFilesNameTheSamePath()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("a.epub");

        Assert.Throws<ArgumentException>(() => AtomicFileSet.Write([(path, _ => { }), (temp.Combine(".", "a.epub"), _ => { })]));
        Assert.Empty(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void Write_WritesNothing_WhenAFolderStandsWhereALaterFileGoes()
    {
        using var temp = new TempDirectory();
        var first = temp.Combine("a-1.epub");
        File.WriteAllText(first, "old one");
        Directory.CreateDirectory(temp.Combine("a-2.epub"));

        var error = Assert.Throws<NovelInputException>(() => AtomicFileSet.Write([(first, s => s.Write("new one"u8)), (temp.Combine("a-2.epub"), s => s.Write("two"u8))]));

        Assert.Contains("a-2.epub", error.Message, StringComparison.Ordinal);
        Assert.Equal("old one", File.ReadAllText(first));
        Assert.Single(Directory.GetFiles(temp.Path));
    }
}
