using Novel.Building;
using Novel.Epub.Reading;
using Novel.Model;
using Novel.Tests.Support;

namespace Novel.Tests.Epub;

/// <summary>A book with volumes of its own (第一卷 …) written as a set: each file lists its chapters under their volume.</summary>
public class VolumeSetEpubTests
{
    [Fact]
    public void Write_ListsEachFilesChaptersUnderTheirOwnVolume_AndPassesEpubcheck()
    {
        using var temp = new TempDirectory();
        var chapter = SampleBooks.ChapterOne();
        string[] volumes = ["第一卷 潜龙", "第一卷 潜龙", "第一卷 潜龙", "第二卷 飞龙", "第二卷 飞龙"];
        var book = SampleBooks.Small() with
        {
            Chapters = volumes.Select((v, i) => chapter with { Number = i + 1, Title = $"第{i + 1}章", TranslatedTitle = $"Chapter {i + 1}", Volume = v }).ToList(),
        };

        var written = VolumeSetWriter.Write(book, 2, [(temp.Combine("set.epub"), WrittenBook.Options())]);

        // 第一卷 is cut into 2 + 1 chapters; its last piece does not fit with 第二卷's two, so three files.
        Assert.Equal(["set-1.epub", "set-2.epub", "set-3.epub"], written.Select(w => Path.GetFileName(w.Path)));
        var tocs = written.Select(w => EpubReader.Read(w.Path).Toc
            .Select(e => e.Label + ": " + string.Join(", ", e.Children.Select(c => c.Label.Split(' ')[0]))).ToList()).ToList();
        Assert.Equal(
        [
            ["第一卷 潜龙: 第1章, 第2章"],
            ["第一卷 潜龙: 第3章"],
            ["第二卷 飞龙: 第4章, 第5章"],
        ], tocs);
        Assert.All(written, w =>
        {
            var check = Epubcheck.Run(w.Path);
            Assert.True(check.IsClean, w.Path + ": " + check.Output);
        });
    }
}
