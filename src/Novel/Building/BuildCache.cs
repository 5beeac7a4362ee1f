using Novel.Epub;

namespace Novel.Building;

/// <summary>
/// Where a book folder's build cache lives (<c>.novel/build-cache/</c>: the pairing cache and one page cache a
/// layout) and whether it is used: always, unless the environment variable <c>NOVEL_BUILD_CACHE</c> is <c>0</c>.
/// </summary>
internal static class BuildCache
{
    /// <summary>False when <c>NOVEL_BUILD_CACHE=0</c> asks for a build that neither reads nor writes the cache.</summary>
    public static bool Enabled => Environment.GetEnvironmentVariable("NOVEL_BUILD_CACHE") != "0";

    /// <summary>The folder of a book's build cache.</summary>
    public static string FolderIn(string bookDirectory) => Path.Combine(bookDirectory, ".novel", "build-cache");

    /// <summary>The page cache of a book for one layout.</summary>
    public static string PagesPath(string bookDirectory, EpubLayout layout) =>
        Path.Combine(FolderIn(bookDirectory), $"pages.{layout.ToString().ToLowerInvariant()}.bin");
}
