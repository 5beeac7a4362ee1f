using System.Text;
using Novel.Loading;
using Novel.Tests.Support;

namespace Novel.Tests.Loading;

public sealed class TextDecoderTests
{
    private const string Traditional = "第三章　歸途\n　　雨下了一整夜，他站在渡口，望著對岸的燈火，想起母親說過的話：「回來的路，總比去的路長。」\n";

    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static string SampleChapter => File.ReadAllText(Path.Combine(RepoPaths.Chapters, "0001.txt"));

    [Fact]
    public void Decode_ReadsUtf8_WithAndWithoutBom()
    {
        var text = SampleChapter;
        var plain = Encoding.UTF8.GetBytes(text);
        byte[] withBom = [0xEF, 0xBB, 0xBF, .. plain];

        Assert.Equal(text, TextDecoder.Decode(plain, "a.txt"));
        Assert.Equal(text, TextDecoder.Decode(withBom, "a.txt"));
    }

    [Fact]
    public void Decode_ReadsUtf16_ByItsByteOrderMark()
    {
        var text = SampleChapter;

        Assert.Equal(text, TextDecoder.Decode(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray(), "le.txt"));
        Assert.Equal(text, TextDecoder.Decode(Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(text)).ToArray(), "be.txt"));
    }

    [Fact]
    public void Decode_ReadsGbk_WhenBytesAreNotUtf8()
    {
        var text = SampleChapter;
        var gbk = Encoding.GetEncoding("gbk").GetBytes(text);

        Assert.Equal(text, TextDecoder.Decode(gbk, "gbk.txt"));
    }

    [Fact]
    public void Decode_ReadsBig5_WhenItsReadingIsMorePlausibleThanGb18030()
    {
        var big5 = Encoding.GetEncoding("big5").GetBytes(Traditional);

        Assert.Equal(Traditional, TextDecoder.Decode(big5, "big5.txt"));
    }

    [Fact]
    public void Decode_FallsBackToDetection_WhenTheHintDoesNotDecode()
    {
        var text = SampleChapter;

        Assert.Equal(text, TextDecoder.Decode(Encoding.UTF8.GetBytes(text), "page.html", "gbk"));
        Assert.Equal(text, TextDecoder.Decode(Encoding.GetEncoding("gbk").GetBytes(text), "page.html", "big5"));
        Assert.Equal(Traditional, TextDecoder.Decode(Encoding.GetEncoding("big5").GetBytes(Traditional), "page.html", "big5"));
    }

    [Fact]
    public void Decode_ReadsLatin1EnglishText()
    {
        var text = string.Concat(Enumerable.Repeat("Chia Y\u00fc-ts'un, in the (windy and dusty) world, cherishes fond thoughts\r\n", 20));

        Assert.Equal(text, TextDecoder.Decode(Encoding.Latin1.GetBytes(text), "en.txt"));
    }

    [Fact]
    public void Decode_NamesTheFirstBadByte_WhenNoEncodingDecodes()
    {
        var good = Encoding.UTF8.GetBytes("第一章 残差\n他说：“好。”\n");
        byte[] bytes = [.. good, 0xFF, 0xFF, 0xFF, 0x41, .. good];

        var e = Assert.Throws<NovelInputException>(() => TextDecoder.Decode(bytes, "broken.txt"));

        Assert.Equal("broken.txt", e.File);
        Assert.Equal(good.Length, e.ByteOffset);
        Assert.Contains($"byte {good.Length}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_RejectsRandomBytes_NamingTheFile()
    {
        var bytes = new byte[4096];
        new Random(20261127).NextBytes(bytes);

        var e = Assert.Throws<NovelInputException>(() => TextDecoder.Decode(bytes, "random.bin"));

        Assert.StartsWith("random.bin", e.Message, StringComparison.Ordinal);
        Assert.NotNull(e.ByteOffset);
    }

    [Fact]
    public void Decode_RejectsTextFullOfControlCharacters()
    {
        var bytes = Enumerable.Range(0, 2000).Select(i => (byte)(i % 3 == 0 ? 0x01 : 0x41)).ToArray();

        var e = Assert.Throws<NovelInputException>(() => TextDecoder.Decode(bytes, "binary.dat"));

        Assert.Equal(0, e.ByteOffset);
        Assert.Contains("control characters", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_RejectsInvalidUtf8_AfterAUtf8ByteOrderMark()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, 0x41, 0xC3, 0x28];

        var e = Assert.Throws<NovelInputException>(() => TextDecoder.Decode(bytes, "bom.txt"));

        Assert.Equal(4, e.ByteOffset);
    }
}
