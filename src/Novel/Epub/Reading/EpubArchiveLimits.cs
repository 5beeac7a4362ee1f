namespace Novel.Epub.Reading;

/// <summary>How much an archive may expand before the reader refuses it as a zip bomb.</summary>
/// <param name="MaxTotalBytes">The largest total uncompressed size, declared or actually inflated.</param>
/// <param name="MaxCompressionRatio">The largest ratio of uncompressed to compressed size for a large entry.</param>
/// <param name="RatioCheckMinBytes">Entries at least this large (uncompressed) must respect <paramref name="MaxCompressionRatio"/>.</param>
/// <param name="MaxEntries">The largest number of entries.</param>
internal sealed record EpubArchiveLimits(long MaxTotalBytes, int MaxCompressionRatio, long RatioCheckMinBytes, int MaxEntries)
{
    /// <summary>1 GiB in all, 100:1 for entries of 1 MiB or more, 100 000 entries.</summary>
    public static EpubArchiveLimits Default { get; } = new(1L << 30, 100, 1L << 20, 100_000);
}
