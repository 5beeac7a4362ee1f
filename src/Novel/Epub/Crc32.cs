namespace Novel.Epub;

/// <summary>
/// The CRC-32 a zip entry carries (the IEEE 802.3 polynomial, reflected, 0xEDB88320), for writing entries and checking
/// them when reading; computed eight bytes at a step with eight tables of 256 entries built once.
/// </summary>
internal static class Crc32
{
    private const uint Polynomial = 0xEDB88320;

    private static readonly uint[] Tables = BuildTables();

    /// <summary>The CRC-32 of <paramref name="data"/>.</summary>
    public static uint Compute(ReadOnlySpan<byte> data)
    {
        var tables = Tables;
        var crc = 0xFFFFFFFFu;
        var i = 0;
        for (; i + 8 <= data.Length; i += 8)
        {
            var low = crc ^ (uint)(data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24));
            var high = (uint)(data[i + 4] | (data[i + 5] << 8) | (data[i + 6] << 16) | (data[i + 7] << 24));
            crc = tables[(7 * 256) + (low & 0xFF)] ^ tables[(6 * 256) + ((low >> 8) & 0xFF)]
                ^ tables[(5 * 256) + ((low >> 16) & 0xFF)] ^ tables[(4 * 256) + (low >> 24)]
                ^ tables[(3 * 256) + (high & 0xFF)] ^ tables[(2 * 256) + ((high >> 8) & 0xFF)]
                ^ tables[256 + ((high >> 16) & 0xFF)] ^ tables[high >> 24];
        }

        for (; i < data.Length; i++)
        {
            crc = tables[(crc ^ data[i]) & 0xFF] ^ (crc >> 8);
        }

        return ~crc;
    }

    // Table 0 is the classic byte-at-a-time table; table k advances a byte's remainder through k more zero bytes.
    private static uint[] BuildTables()
    {
        var tables = new uint[8 * 256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var bit = 0; bit < 8; bit++)
            {
                c = (c & 1) != 0 ? Polynomial ^ (c >> 1) : c >> 1;
            }

            tables[n] = c;
        }

        for (var k = 1; k < 8; k++)
        {
            for (var n = 0; n < 256; n++)
            {
                var previous = tables[((k - 1) * 256) + n];
                tables[(k * 256) + n] = tables[previous & 0xFF] ^ (previous >> 8);
            }
        }

        return tables;
    }
}
