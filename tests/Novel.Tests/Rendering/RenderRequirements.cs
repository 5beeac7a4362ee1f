using Novel.Tests.Support;
namespace Novel.Tests.Rendering;

/// <summary>
/// The tools the rendering tests need (node with tests/render's packages, Chromium, calibre). When one is missing
/// a test skips and says which and how to get it, except on CI (<c>CI=true</c>), where a missing tool is a failure:
/// CI installs them all (.ci/run), so a skip there would hide a broken set-up.
/// </summary>
internal static class RenderRequirements
{
    public static bool OnCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string RenderFolder => Path.Combine(RepoPaths.Root, "tests", "render");

    public static string Chromium => Environment.GetEnvironmentVariable("CHROMIUM") ?? "/usr/bin/chromium";

    /// <summary>Skips (locally) or fails (on CI) with <paramref name="reason"/>.</summary>
    public static void SkipOrFail(string reason)
    {
        if (OnCi)
        {
            Assert.Fail(reason + " (CI=true: a missing prerequisite fails the test instead of skipping it)");
        }

        Assert.Skip(reason);
    }

    /// <summary>node, Chromium and tests/render/node_modules; returns node's path.</summary>
    public static string RequireRenderCheck()
    {
        var node = ToolProcess.FindOnPath("node");
        if (node is null)
        {
            SkipOrFail("node is not on PATH; install Node.js 20+ to run the reading-system check");
        }

        if (!File.Exists(Chromium))
        {
            SkipOrFail($"{Chromium} is missing; install it with `apt-get install chromium fonts-noto-cjk` (or set CHROMIUM)");
        }

        foreach (var package in new[] { "foliate-js/view.js", "playwright-core/package.json" })
        {
            if (!File.Exists(Path.Combine(RenderFolder, "node_modules", package)))
            {
                SkipOrFail($"tests/render/node_modules/{package} is missing; run `npm ci --prefix tests/render`");
            }
        }

        return node!;
    }

    /// <summary>calibre's <c>ebook-convert</c> and <c>ebook-meta</c>; returns their paths.</summary>
    public static (string Convert, string Meta) RequireCalibre()
    {
        var convert = ToolProcess.FindOnPath("ebook-convert");
        var meta = ToolProcess.FindOnPath("ebook-meta");
        if (convert is null || meta is null)
        {
            SkipOrFail("calibre's ebook-convert and ebook-meta are not on PATH; install them with `apt-get install calibre`");
        }

        return (convert!, meta!);
    }

    /// <summary>What calibre's tools need to run headless as any user: an offscreen Qt and a sandbox-free web engine.</summary>
    public static IReadOnlyDictionary<string, string> CalibreEnvironment { get; } = new Dictionary<string, string>
    {
        ["QT_QPA_PLATFORM"] = "offscreen",
        ["QTWEBENGINE_CHROMIUM_FLAGS"] = "--no-sandbox",
        ["CALIBRE_CONFIG_DIRECTORY"] = Path.Combine(Path.GetTempPath(), "novel-tests-calibre-config"),
    };
}
