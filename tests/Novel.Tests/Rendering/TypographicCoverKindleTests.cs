namespace Novel.Tests.Rendering;

/// <summary>
/// The typographic (SVG) cover on the Kindle path. calibre's metadata reader shows it: it renders the cover page to a
/// JPEG, the image calibre's library keeps. Its AZW3 output keeps only raster covers, so a bare
/// <c>ebook-convert book.epub book.azw3</c> has no cover record and a Kindle draws its own title cover; converting
/// from calibre's library (or passing that JPEG as <c>--cover</c>) gives the AZW3 the typographic cover. Skipped
/// without calibre (failed on CI); tool output is kept in TestResults/render/sample/.
/// </summary>
public sealed class TypographicCoverKindleTests
{
    [Fact]
    public void EbookMeta_ReportsTheTypographicCover_AndAnAzw3ConvertedWithItHasACoverRecord()
    {
        var (convert, meta) = RenderRequirements.RequireCalibre();
        var book = RenderTestBooks.Sample();
        var epub = book.EpubOrSkip();
        Assert.Equal("image/svg+xml", EpubPackage.Open(epub).CoverImage?.MediaType);
        var cover = Path.Combine(book.ArtifactDirectory, "typographic-cover.jpg");
        var azw3 = Path.Combine(book.ArtifactDirectory, "sample-with-cover.azw3");
        var azw3Cover = Path.Combine(book.ArtifactDirectory, "sample-with-cover.azw3-cover.jpg");
        File.Delete(cover);
        File.Delete(azw3Cover);

        var read = ToolProcess.Run(meta, [epub, "--get-cover=" + cover], TimeSpan.FromMinutes(2), RenderRequirements.CalibreEnvironment);
        Assert.True(read.ExitCode == 0 && File.Exists(cover), "ebook-meta found no cover in the EPUB: " + read.Describe());
        Assert.Contains("Cover saved to", read.Stdout, StringComparison.Ordinal);
        Assert.Equal([0xFF, 0xD8, 0xFF], File.ReadAllBytes(cover)[..3]);

        var conversion = ToolProcess.Run(convert, [epub, azw3, "--cover", cover], TimeSpan.FromMinutes(10), RenderRequirements.CalibreEnvironment);
        Assert.True(conversion.ExitCode == 0, "ebook-convert failed: " + conversion.Describe());
        var fromAzw3 = ToolProcess.Run(meta, [azw3, "--get-cover=" + azw3Cover], TimeSpan.FromMinutes(2), RenderRequirements.CalibreEnvironment);
        File.WriteAllText(Path.Combine(book.ArtifactDirectory, "ebook-meta-azw3-with-cover.txt"), fromAzw3.Stdout + fromAzw3.Stderr);

        Assert.True(Azw3Header.Read(azw3).HasCover, "the AZW3 has no cover record (EXTH 201)");
        Assert.True(File.Exists(azw3Cover) && new FileInfo(azw3Cover).Length > 1000, "ebook-meta found no cover in the AZW3: " + fromAzw3.Describe());
    }
}
