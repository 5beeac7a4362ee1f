using System.Diagnostics;
using System.Globalization;
using Novel.Bench;

// Benchmark: generate synthetic bilingual books, time `novel build` on them as a whole process, and the peers
// (pandoc, calibre's ebook-convert) on the same content when they are installed. Prints one table.
//   dotnet run --project bench/Novel.Bench -c Release -- [--chapters 2000,10000] [--check] [--no-peers] [--calibre-timeout 900]
//     [--work DIR (default: $TMP/novel-bench)] [--generate-only (write the books into DIR and stop)]
var sizes = new List<int> { 2000 };
var check = false;
var peers = true;
var calibreTimeout = TimeSpan.FromSeconds(900);
var work = Path.Combine(Path.GetTempPath(), "novel-bench");
var generateOnly = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--chapters": sizes = args[++i].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList(); break;
        case "--check": check = true; break;
        case "--no-peers": peers = false; break;
        case "--calibre-timeout": calibreTimeout = TimeSpan.FromSeconds(int.Parse(args[++i], CultureInfo.InvariantCulture)); break;
        case "--work": work = Path.GetFullPath(args[++i]); break;
        case "--generate-only": generateOnly = true; break;
        default: Console.Error.WriteLine($"unknown argument {args[i]}"); return 2;
    }
}

var root = FindRoot();
Directory.CreateDirectory(work);
if (generateOnly)
{
    foreach (var size in sizes)
    {
        new SyntheticBookGenerator().Write(Path.Combine(work, $"book-{size}"), size);
    }

    return 0;
}

Console.WriteLine("Publishing Novel.Cli (Release)...");
var publish = Path.Combine(work, "novel");
Run("dotnet", ["publish", Path.Combine(root, "src", "Novel.Cli"), "-c", "Release", "-o", publish, "--nologo", "-v", "q"]);
var novel = Path.Combine(publish, "Novel.Cli");

var results = new List<Measurement>();
var failures = 0;
foreach (var chapters in sizes)
{
    var name = $"{chapters} chapters";
    var book = Path.Combine(work, $"book-{chapters}");
    if (Directory.Exists(book))
    {
        Directory.Delete(book, recursive: true);
    }

    Console.WriteLine($"Generating {name}...");
    new SyntheticBookGenerator().Write(book, chapters);
    var epub = Path.Combine(work, $"novel-{chapters}.epub");
    File.Delete(epub);

    // The first build fills the build cache; the second is a rebuild after one chapter changed.
    var full = Measurement.Run("novel build", name, novel, ["build", book, "-o", epub], epub, TimeSpan.FromMinutes(10));
    results.Add(full);
    var changed = Directory.GetFiles(book, "*.txt").Order(StringComparer.Ordinal).ElementAt(chapters / 2);
    File.AppendAllText(changed, "他笑了笑，转身离开。\n");
    results.Add(Measurement.Run("novel rebuild (1 changed)", name, novel, ["build", book, "-o", epub], epub, TimeSpan.FromMinutes(10)));
    failures += results.TakeLast(2).Count(m => m.ExitCode != 0);

    if (check)
    {
        var jar = Environment.GetEnvironmentVariable("EPUBCHECK_JAR") ?? "/usr/share/java/epubcheck.jar";
        // epubcheck checks the reading order recursively: a 10,000-chapter spine overflows the default 1 MB thread stack.
        var ok = Run("java", ["-Xss256m", "-jar", jar, "-q", epub], throwOnError: false) == 0;
        Console.WriteLine($"epubcheck {name}: {(ok ? "0 errors, 0 warnings" : "FAILED")}");
        failures += ok ? 0 : 1;
    }

    if (peers)
    {
        var markdown = Path.Combine(work, $"book-{chapters}.md");
        SyntheticBookGenerator.WriteMarkdown(book, markdown);
        if (OnPath("pandoc"))
        {
            var output = Path.Combine(work, $"pandoc-{chapters}.epub");
            results.Add(Measurement.Run("pandoc", name, "pandoc", [markdown, "-o", output, "--epub-chapter-level=1"], output, TimeSpan.FromMinutes(20)));
        }

        if (OnPath("ebook-convert"))
        {
            var output = Path.Combine(work, $"calibre-{chapters}.epub");
            results.Add(Measurement.Run("calibre ebook-convert", name, "ebook-convert", [markdown, output], output, calibreTimeout));
        }
    }
}

Console.WriteLine();
Console.WriteLine($"{"case",-16} {"tool",-28} {"wall s",8} {"cpu s",8} {"peak MB",8} {"out MB",8} {"novel x",8}");
foreach (var m in results)
{
    var novelWall = results.First(r => r.Case == m.Case && r.Tool == "novel build").WallSeconds;
    var speedup = m.Tool.StartsWith("novel", StringComparison.Ordinal) ? "" : m.Finished ? (m.WallSeconds / novelWall).ToString("F1", CultureInfo.InvariantCulture) : $">{m.WallSeconds / novelWall:F0}";
    var wall = m.Finished ? m.WallSeconds.ToString("F2", CultureInfo.InvariantCulture) : $">{m.WallSeconds:F0}";
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{m.Case,-16} {m.Tool,-28} {wall,8} {m.CpuSeconds,8:F2} {m.PeakRssKb / 1024.0,8:F0} {m.OutputBytes / 1048576.0,8:F1} {speedup,8}"));
}

return failures == 0 ? 0 : 1;

static int Run(string file, string[] arguments, bool throwOnError = true)
{
    var start = new ProcessStartInfo(file);
    foreach (var a in arguments)
    {
        start.ArgumentList.Add(a);
    }

    using var process = Process.Start(start)!;
    process.WaitForExit();
    if (throwOnError && process.ExitCode != 0)
    {
        throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited {process.ExitCode}");
    }

    return process.ExitCode;
}

static bool OnPath(string tool) =>
    (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, tool)));

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Novel.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Novel.sln not found");
}
