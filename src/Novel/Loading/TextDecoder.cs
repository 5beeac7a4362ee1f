using System.Buffers;
using System.Text;

namespace Novel.Loading;

/// <summary>
/// Turns the bytes of a scraped text or HTML file into a string, never silently: UTF-8 (with or without BOM),
/// UTF-16 with a BOM, GB18030 (which covers GBK and GB2312) or Big5, each tried with a strict decoder, and
/// Windows-1252/Latin-1 for mostly-ASCII Western text whose few high bytes stand alone (an English e-text). When both
/// GB18030 and Big5 decode, the reading with more common Chinese characters wins. Bytes no candidate can decode,
/// and text full of control characters (random or binary bytes), are a <see cref="NovelInputException"/>.
/// </summary>
public static class TextDecoder
{
    /// <summary>How much more plausible an undeclared reading must be to overrule the declared encoding.</summary>
    private const double DeclaredAdvantage = 0.2;
    private const int Gb18030CodePage = 54936;
    private const int Big5CodePage = 950;
    private const int ParallelReadingBytes = 1 << 20;
    private const byte IsCjk = 1;
    private const byte IsCommonCjk = 2;

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Utf16LittleEndian = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding Utf16BigEndian = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Lazy<Encoding> Gb18030 = new(() => Strict(Gb18030CodePage));
    private static readonly Lazy<Encoding> Big5 = new(() => Strict(Big5CodePage));
    private static readonly Lazy<Encoding> Windows1252 = new(() => Strict(1252));
    private static readonly Lazy<DoubleByteDecoder> FastGb18030 = new(() => new DoubleByteDecoder(Gb18030.Value, fourByteForms: true));
    private static readonly Lazy<DoubleByteDecoder> FastBig5 = new(() => new DoubleByteDecoder(Big5.Value, fourByteForms: false));
    private static readonly Lazy<byte[]> HanziClasses = new(ReadHanziClasses);

    /// <summary>The C0 control characters other than tab, line feed, form feed and carriage return.</summary>
    private static readonly SearchValues<char> ControlCharacters =
        SearchValues.Create("\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\u000B\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    static TextDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>Decodes a file's bytes by detecting their encoding.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="path">The file's path, named in any error.</param>
    /// <returns>The text, without a byte order mark.</returns>
    /// <exception cref="NovelInputException">No supported encoding decodes the bytes, or they are binary.</exception>
    public static string Decode(byte[] bytes, string path) => Decode(bytes, path, hint: null);

    /// <summary>
    /// Decodes a file's bytes, trying first an encoding the file declares (an HTML <c>meta charset</c>) and falling
    /// back to detection when the declaration does not decode strictly. Valid UTF-8 wins over a declared legacy
    /// encoding, since pages that declare GBK but are UTF-8 are common and the reverse never decodes.
    /// </summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="path">The file's path, named in any error.</param>
    /// <param name="hint">The declared encoding name (for example <c>gbk</c>, <c>utf-8</c>, <c>big5</c>), or null.</param>
    /// <returns>The text, without a byte order mark.</returns>
    /// <exception cref="NovelInputException">No supported encoding decodes the bytes, or they are binary.</exception>
    public static string Decode(byte[] bytes, string path, string? hint)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(path);

        var (text, encoding, start) = DecodeDetected(bytes, path, hint);
        RejectControlCharacters(text, encoding, bytes, start, path);
        return text;
    }

    private static (string Text, Encoding Encoding, int Start) DecodeDetected(byte[] bytes, string path, string? hint)
    {
        if (StartsWith(bytes, 0xEF, 0xBB, 0xBF))
        {
            return (DecodeOrThrow(Utf8, bytes, 3, path, "UTF-8 (it starts with a UTF-8 byte order mark)"), Utf8, 3);
        }

        if (StartsWith(bytes, 0xFF, 0xFE))
        {
            return (DecodeOrThrow(Utf16LittleEndian, bytes, 2, path, "UTF-16 LE (it starts with its byte order mark)"), Utf16LittleEndian, 2);
        }

        if (StartsWith(bytes, 0xFE, 0xFF))
        {
            return (DecodeOrThrow(Utf16BigEndian, bytes, 2, path, "UTF-16 BE (it starts with its byte order mark)"), Utf16BigEndian, 2);
        }

        var utf8 = TryDecode(Utf8, bytes);
        if (utf8.Text is not null)
        {
            return (utf8.Text, Utf8, 0);
        }

        if (HintEncoding(hint) is { } declared && TryDecode(declared, bytes).Text is { } declaredText)
        {
            // A page that says big5 but is GBK decodes as Big5 too, into rare characters: let the readings compete.
            var rival = declared.CodePage == Big5.Value.CodePage ? Gb18030.Value : declared.CodePage == Gb18030.Value.CodePage ? Big5.Value : null;
            if (rival is not null && TryDecode(rival, bytes).Text is { } rivalText
                && Plausibility(rivalText) > Plausibility(declaredText) + DeclaredAdvantage)
            {
                return (rivalText, rival, 0);
            }

            return (declaredText, declared, 0);
        }

        if (IsMostlyAsciiWithLoneHighBytes(bytes))
        {
            // English or other Western text in Windows-1252 / Latin-1 (a Project Gutenberg "-8" file): a few accented
            // letters standing alone between ASCII, never the byte pairs of GBK or Big5.
            var western = TryDecode(Windows1252.Value, bytes).Text is { } cp1252 ? (cp1252, Windows1252.Value) : (Encoding.Latin1.GetString(bytes), Encoding.Latin1);
            return (western.Item1, western.Item2, 0);
        }

        // The two readings are independent: for a big file, read them on two cores at once.
        var gbReading = bytes.Length >= ParallelReadingBytes ? Task.Run(() => ReadAndRate(Gb18030.Value, bytes)) : null;
        var (big5, big5Plausibility) = ReadAndRate(Big5.Value, bytes);
        var (gb, gbPlausibility) = gbReading?.Result ?? ReadAndRate(Gb18030.Value, bytes);
        if (gb.Text is not null && big5.Text is not null)
        {
            return big5Plausibility > gbPlausibility ? (big5.Text, Big5.Value, 0) : (gb.Text, Gb18030.Value, 0);
        }

        if (gb.Text is not null)
        {
            return (gb.Text, Gb18030.Value, 0);
        }

        if (big5.Text is not null)
        {
            return (big5.Text, Big5.Value, 0);
        }

        // The encoding that read furthest is the likeliest one; name its first bad byte.
        var (name, offset) = new[] { ("UTF-8", utf8.BadOffset), ("GB18030", gb.BadOffset), ("Big5", big5.BadOffset) }
            .MaxBy(candidate => candidate.Item2);
        throw new NovelInputException(
            path,
            $"cannot decode the text as UTF-8, GB18030/GBK or Big5 (byte 0x{bytes[offset]:X2} is invalid in {name}, which read furthest)",
            byteOffset: offset);
    }

    /// <summary>True when under 3% of the bytes are non-ASCII and most of those stand alone between ASCII bytes.</summary>
    private static bool IsMostlyAsciiWithLoneHighBytes(byte[] bytes)
    {
        int high = 0, lone = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] < 0x80)
            {
                var next = bytes.AsSpan(i).IndexOfAnyInRange((byte)0x80, (byte)0xFF);
                if (next < 0)
                {
                    break;
                }

                i += next;
            }

            high++;
            if (high * 33L >= bytes.Length)
            {
                return false; // too many already: Chinese text stops here within its first few lines
            }

            if ((i == 0 || bytes[i - 1] < 0x80) && (i + 1 == bytes.Length || bytes[i + 1] < 0x80))
            {
                lone++;
            }
        }

        return high > 0 && high * 33L < bytes.Length && lone * 2 >= high;
    }

    private static ((string? Text, int BadOffset) Reading, double Plausibility) ReadAndRate(Encoding encoding, byte[] bytes)
    {
        var reading = TryDecode(encoding, bytes);
        return (reading, reading.Text is null ? 0 : Plausibility(reading.Text));
    }

    private static string DecodeOrThrow(Encoding encoding, byte[] bytes, int start, string path, string what)
    {
        var result = TryDecode(encoding, bytes, start);
        return result.Text ?? throw new NovelInputException(path, $"invalid {what}", byteOffset: result.BadOffset);
    }

    private static (string? Text, int BadOffset) TryDecode(Encoding encoding, byte[] bytes, int start = 0)
    {
        try
        {
            var fast = encoding.CodePage switch { Gb18030CodePage => FastGb18030.Value, Big5CodePage => FastBig5.Value, _ => null };
            return (fast is not null ? fast.GetString(bytes, start) : encoding.GetString(bytes, start, bytes.Length - start), -1);
        }
        catch (DecoderFallbackException e)
        {
            return (null, start + Math.Max(0, e.Index));
        }
    }

    private static Encoding? HintEncoding(string? hint)
    {
        var name = hint?.Trim().Trim('"', '\'').ToLowerInvariant();
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        if (name is "gbk" or "gb2312" or "gb_2312-80" or "x-gbk" or "cp936" or "gb18030" or "euc-cn" or "windows-936")
        {
            return Gb18030.Value;
        }

        if (name is "big5" or "big5-hkscs" or "cp950" or "x-x-big5")
        {
            return Big5.Value;
        }

        try
        {
            return Strict(Encoding.GetEncoding(name).CodePage);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding Strict(int codePage) =>
        Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    /// <summary>The share of a reading's CJK characters that are among the most common ones.</summary>
    internal static double Plausibility(string text)
    {
        var classes = HanziClasses.Value;
        int cjk = 0, hits = 0;
        foreach (var c in text)
        {
            var kind = classes[c];
            cjk += kind & IsCjk;
            hits += kind >> 1;
        }

        return cjk == 0 ? 0 : (double)hits / cjk;
    }

    private static void RejectControlCharacters(string text, Encoding encoding, byte[] bytes, int start, string path)
    {
        int count = 0, first = -1;
        for (var i = text.AsSpan().IndexOfAny(ControlCharacters); i >= 0; i = NextControlCharacter(text, i + 1))
        {
            count++;
            if (first < 0)
            {
                first = i;
            }
        }

        // A stray control character or two is survivable (the cleaner reports it); many mean binary data.
        if (count > 2 && count * 1000L > text.Length)
        {
            var offset = start + encoding.GetByteCount(text.AsSpan(0, first));
            throw new NovelInputException(
                path,
                $"not text: {count} control characters in {text.Length} (the first, U+{(int)text[first]:X4}, here); is this a binary file?",
                byteOffset: Math.Min(offset, bytes.Length - 1));
        }
    }

    private static int NextControlCharacter(string text, int from)
    {
        var next = text.AsSpan(from).IndexOfAny(ControlCharacters);
        return next < 0 ? -1 : from + next;
    }

    private static bool StartsWith(byte[] bytes, params byte[] prefix) => bytes.AsSpan().StartsWith(prefix);

    /// <summary>
    /// Every character's class for <see cref="Plausibility"/>, looked up rather than tested: <see cref="IsCjk"/> for a
    /// CJK ideograph, plus <see cref="IsCommonCjk"/> when it is among the common ones.
    /// </summary>
    private static byte[] ReadHanziClasses()
    {
        var classes = new byte[char.MaxValue + 1];
        classes.AsSpan('\u3400', '\u9FFF' - '\u3400' + 1).Fill(IsCjk);
        classes.AsSpan('\uF900', '\uFAFF' - '\uF900' + 1).Fill(IsCjk);
        using var stream = typeof(TextDecoder).Assembly.GetManifestResourceStream(ResourceName("common-hanzi.txt"))
            ?? throw new InvalidOperationException("The common-hanzi.txt resource is missing from the Novel assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (!line.StartsWith('#'))
            {
                foreach (var c in line)
                {
                    classes[c] |= classes[c] == IsCjk ? IsCommonCjk : (byte)0;
                }
            }
        }

        return classes;
    }

    private static string ResourceName(string fileName) =>
        typeof(TextDecoder).Assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith("Loading." + fileName, StringComparison.Ordinal)
            || n.EndsWith("Loading/" + fileName, StringComparison.Ordinal) || n.EndsWith("Loading\\" + fileName, StringComparison.Ordinal))
        ?? "Novel.Resources.Loading/" + fileName;
}
