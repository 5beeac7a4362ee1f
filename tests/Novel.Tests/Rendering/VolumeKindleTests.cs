using Novel.Tests.EndToEnd;

namespace Novel.Tests.Rendering;

/// <summary>
/// A split set through calibre (skipped without it, failed on CI): <c>ebook-meta</c> reads each volume's numbered
/// title, its series and number ("Series : 合成之书 #2"), and the typographic cover, which calibre rasterises; after
/// <c>ebook-convert</c> to AZW3 the volume number stays in the title. (calibre writes no series into AZW3: the
/// MOBI header has no field for one, so the title is what keeps volumes apart on a Kindle.) Tool output is kept
/// in TestResults/render/volumes/.
/// </summary>
public sealed class VolumeKindleTests(SplitBook book) : IClassFixture<SplitBook>
{
    private static string Artifacts => Directory.CreateDirectory(Path.Combine(RenderTestBooks.ArtifactRoot, "volumes")).FullName;

    [Fact]
    public void EbookMeta_ShowsEachVolumesNumberedTitleSeriesAndCover()
    {
        var (_, meta) = RenderRequirements.RequireCalibre();
        for (var i = 0; i < book.Volumes.Count; i++)
        {
            var position = i + 1;
            var cover = Path.Combine(Artifacts, $"novel-{position}-cover.jpg");
            File.Delete(cover);

            var result = ToolProcess.Run(meta, [book.Volumes[i], "--get-cover=" + cover], TimeSpan.FromMinutes(2), RenderRequirements.CalibreEnvironment);
            File.WriteAllText(Path.Combine(Artifacts, $"ebook-meta-novel-{position}.txt"), result.Stdout + result.Stderr);
            var fields = Fields(result.Stdout);

            Assert.True(result.ExitCode == 0, "ebook-meta failed: " + result.Describe());
            Assert.Equal($"合成之书 {position}: A Synthetic Book {position}", fields.GetValueOrDefault("Title"));
            Assert.Equal($"合成之书 #{position}", fields.GetValueOrDefault("Series"));
            Assert.True(File.Exists(cover), "ebook-meta found no cover in " + book.Volumes[i]);
            Assert.Equal([0xFF, 0xD8, 0xFF], File.ReadAllBytes(cover)[..3]);
        }
    }

    [Fact]
    public void EbookConvert_KeepsTheVolumeNumberInTheAzw3Title()
    {
        var (convert, meta) = RenderRequirements.RequireCalibre();
        var azw3 = Path.Combine(Artifacts, "novel-2.azw3");

        var conversion = ToolProcess.Run(convert, [book.Volumes[1], azw3], TimeSpan.FromMinutes(10), RenderRequirements.CalibreEnvironment);
        File.WriteAllText(Path.Combine(Artifacts, "ebook-convert-novel-2.txt"), conversion.Describe());
        Assert.True(conversion.ExitCode == 0, "ebook-convert failed: " + conversion.Describe());
        var result = ToolProcess.Run(meta, [azw3], TimeSpan.FromMinutes(2), RenderRequirements.CalibreEnvironment);
        File.WriteAllText(Path.Combine(Artifacts, "ebook-meta-novel-2-azw3.txt"), result.Stdout + result.Stderr);

        Assert.True(result.ExitCode == 0, "ebook-meta failed: " + result.Describe());
        Assert.Equal("合成之书 2: A Synthetic Book 2", Fields(result.Stdout).GetValueOrDefault("Title"));
        Assert.Equal("合成之书 2: A Synthetic Book 2", Azw3Header.Read(azw3).Title);
    }

    /// <summary>ebook-meta's "Name : value" lines.</summary>
    private static Dictionary<string, string> Fields(string output) =>
        output.Split('\n')
            .Select(line => line.Split(" : ", 2))
            .Where(parts => parts.Length == 2)
            .GroupBy(parts => parts[0].Trim())
            .ToDictionary(g => g.Key, g => g.First()[1].Trim());
}
