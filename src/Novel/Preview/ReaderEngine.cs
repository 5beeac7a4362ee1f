namespace Novel.Preview;

/// <summary>
/// Finds the foliate-js reading engine (the engine of the Foliate e-book reader) that <c>novel preview</c> serves.
/// Novel does not ship it: it comes from npm (<c>npm install foliate-js@1.0.1</c>). The folder is, in order, the one
/// given (<c>--engine</c>), the one in <c>NOVEL_READER_ENGINE</c>, or the repository's <c>tests/render/node_modules/foliate-js</c>
/// found above the current folder or above Novel's own folder (running from a clone after <c>npm ci --prefix tests/render</c>).
/// </summary>
public static class ReaderEngine
{
    /// <summary>The environment variable that names the engine folder.</summary>
    public const string EnvironmentVariable = "NOVEL_READER_ENGINE";

    /// <summary>The engine's path inside the repository.</summary>
    public static readonly string RepositoryPath = Path.Combine("tests", "render", "node_modules", "foliate-js");

    /// <summary>How to get the engine, for error messages.</summary>
    public const string InstallHint =
        "novel preview needs the foliate-js reading engine: run `npm install foliate-js@1.0.1` in a folder and pass "
        + "--engine <that folder>/node_modules/foliate-js (or set NOVEL_READER_ENGINE); in a clone of Novel, "
        + "`npm ci --prefix tests/render` is enough";

    /// <summary>The engine folder (holding <c>view.js</c>), or null when none is found.</summary>
    /// <param name="given">The folder the user named, if any; when given, only it is tried.</param>
    public static string? Find(string? given)
    {
        if (given is not null)
        {
            return IsEngine(given) ? Path.GetFullPath(given) : null;
        }

        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment)
        {
            return IsEngine(fromEnvironment) ? Path.GetFullPath(fromEnvironment) : null;
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, RepositoryPath);
                if (IsEngine(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static bool IsEngine(string directory) => File.Exists(Path.Combine(directory, "view.js"));
}
