using System.Text;

namespace Novel.Loading;

/// <summary>
/// Decodes a double-byte code page (GB18030, Big5) by table, many times faster than the code-pages provider, with the
/// same result. The table is filled once by asking the provider's own decoder about every single byte and every
/// lead/trail pair; GB18030's four-byte sequences are handed to that decoder one at a time. Anything the table does
/// not know (an invalid byte, a cut-off pair) sends the whole text to the provider's strict decoder, so an error
/// is reported exactly as it would have been.
/// </summary>
internal sealed class DoubleByteDecoder
{
    private const char Unmapped = '\uFFFF';

    private readonly Encoding _strict;
    private readonly char[] _single = new char[256];
    private readonly char[] _pairs = new char[256 * 256];
    private readonly bool _fourByteForms;

    /// <summary>Builds the tables of a code page from its strict encoding (exception fallbacks).</summary>
    /// <param name="strict">The encoding, throwing on bytes it cannot decode.</param>
    /// <param name="fourByteForms">True for GB18030, whose four-byte sequences have a digit as second byte.</param>
    public DoubleByteDecoder(Encoding strict, bool fourByteForms)
    {
        _strict = strict;
        _fourByteForms = fourByteForms;
        var probe = Encoding.GetEncoding(strict.CodePage, EncoderFallback.ExceptionFallback, new DecoderReplacementFallback(Unmapped.ToString()));
        var decoder = probe.GetDecoder();
        Span<byte> bytes = stackalloc byte[2];
        Span<char> chars = stackalloc char[4];
        for (var b = 0; b < 256; b++)
        {
            bytes[0] = (byte)b;
            _single[b] = DecodeOne(decoder, bytes[..1], chars);
            if (_single[b] != Unmapped)
            {
                continue;
            }

            for (var trail = 0; trail < 256; trail++)
            {
                bytes[1] = (byte)trail;
                _pairs[(b << 8) | trail] = DecodeOne(decoder, bytes, chars);
            }
        }
    }

    /// <summary>The code page decoded.</summary>
    public int CodePage => _strict.CodePage;

    /// <summary>Decodes the bytes from <paramref name="start"/> on, throwing <see cref="DecoderFallbackException"/> as the strict encoding would.</summary>
    public string GetString(byte[] bytes, int start)
    {
        var chars = GC.AllocateUninitializedArray<char>(bytes.Length - start); // every character read is written before use
        var length = 0;
        var i = start;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            var single = _single[b];
            if (single != Unmapped)
            {
                chars[length++] = single;
                i++;
                continue;
            }

            if (i + 1 < bytes.Length)
            {
                var trail = bytes[i + 1];
                if (_fourByteForms && trail is >= 0x30 and <= 0x39)
                {
                    if (i + 3 >= bytes.Length || !TryDecodeFour(bytes.AsSpan(i, 4), chars, ref length))
                    {
                        return Slow(bytes, start);
                    }

                    i += 4;
                    continue;
                }

                var pair = _pairs[(b << 8) | trail];
                if (pair != Unmapped)
                {
                    chars[length++] = pair;
                    i += 2;
                    continue;
                }
            }

            return Slow(bytes, start);
        }

        return new string(chars, 0, length);
    }

    private bool TryDecodeFour(ReadOnlySpan<byte> four, char[] chars, ref int length)
    {
        try
        {
            Span<char> decoded = stackalloc char[4];
            var count = _strict.GetChars(four, decoded);
            decoded[..count].CopyTo(chars.AsSpan(length));
            length += count;
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private string Slow(byte[] bytes, int start) => _strict.GetString(bytes, start, bytes.Length - start);

    /// <summary>The one character the bytes decode to on their own, or <see cref="Unmapped"/> when they are not exactly one.</summary>
    private static char DecodeOne(Decoder decoder, ReadOnlySpan<byte> bytes, Span<char> chars)
    {
        decoder.Reset();
        var count = decoder.GetChars(bytes, chars, flush: true);
        return count == 1 ? chars[0] : Unmapped;
    }
}
