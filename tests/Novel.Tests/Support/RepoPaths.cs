namespace Novel.Tests.Support;

/// <summary>Finds the repository root, the sample book, the test cases and the read-only shared folder beside the repo.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The repository root (the folder that holds Novel.sln).</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>The sample book folder.</summary>
    public static string Chapters => Path.Combine(Root, "chapters");

    /// <summary>The test cases copied beside the test assembly.</summary>
    public static string Cases => Path.Combine(AppContext.BaseDirectory, "Cases");

    /// <summary>The shared folder beside the repository, or null when it is absent (a clean clone elsewhere).</summary>
    public static string? Shared
    {
        get
        {
            var shared = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(shared) ? shared : null;
        }
    }

    /// <summary>The 《紅樓夢》 corpus folder; skips the calling test when it is absent.</summary>
    public static string HongloumengOrSkip()
    {
        var dir = Shared is { } shared ? Path.Combine(shared, "corpus", "hongloumeng") : null;
        if (dir is null || !Directory.Exists(dir))
        {
            Assert.Skip("../shared/corpus/hongloumeng is absent");
        }

        return dir!;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Novel.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Novel.sln not found above " + AppContext.BaseDirectory);
    }
}
