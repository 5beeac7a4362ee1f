using System.Text;
using Novel.Loading;

namespace Novel.Tests.Loading;

public sealed class DoubleByteDecoderTests
{
    static DoubleByteDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<int, bool> CodePages => new() { { 54936, true }, { 950, false } };

    [Theory]
    [MemberData(nameof(CodePages))]
    public void GetString_ReadsEveryPairAndByteAsTheProviderDoes(int codePage, bool fourByteForms)
    {
        var strict = Strict(codePage);
        var decoder = new DoubleByteDecoder(strict, fourByteForms);
        var checkedPairs = 0;

        for (var lead = 0; lead < 256; lead++)
        {
            for (var trail = 0; trail < 256; trail++)
            {
                byte[] bytes = [(byte)'a', (byte)lead, (byte)trail, (byte)'z'];
                Assert.Equal(Outcome(() => strict.GetString(bytes)), Outcome(() => decoder.GetString(bytes, 0)));
                checkedPairs++;
            }
        }

        Assert.Equal(65536, checkedPairs);
    }

    [Theory]
    [MemberData(nameof(CodePages))]
    public void GetString_ReadsTextAndRandomBytesAsTheProviderDoes(int codePage, bool fourByteForms)
    {
        var strict = Strict(codePage);
        var decoder = new DoubleByteDecoder(strict, fourByteForms);
        var text = "第三章　歸途\r\n　　雨下了一整夜，他站在渡口……「回來的路。」€ ABC 123 — ·";
        var lenient = Encoding.GetEncoding(codePage);
        var encoded = lenient.GetBytes(fourByteForms ? text + "𠀀𪚥 ß é ○ ①" : text);
        var random = new Random(7);
        var decodedSome = 0;

        Assert.Equal(strict.GetString(encoded), decoder.GetString(encoded, 0));
        Assert.Equal(strict.GetString(encoded, 2, encoded.Length - 2), decoder.GetString(encoded, 2));
        for (var sample = 0; sample < 2000; sample++)
        {
            var bytes = new byte[random.Next(1, 12)];
            random.NextBytes(bytes);
            var expected = Outcome(() => strict.GetString(bytes));
            Assert.Equal(expected, Outcome(() => decoder.GetString(bytes, 0)));
            decodedSome += expected.StartsWith("text:", StringComparison.Ordinal) ? 1 : 0;
        }

        Assert.InRange(decodedSome, 50, 1950); // both valid and invalid inputs were compared
    }

    private static Encoding Strict(int codePage) =>
        Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    private static string Outcome(Func<string> decode)
    {
        try
        {
            return "text:" + decode();
        }
        catch (DecoderFallbackException e)
        {
            return "error at " + e.Index;
        }
    }
}
