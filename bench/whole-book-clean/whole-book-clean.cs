// Benchmark for issue "clean what real sites serve": a whole-book GB18030 text of about 30 MB is split into chapters
// and cleaned by `novel clean`, timed as a whole process under GNU time (wall, CPU, peak memory); the stages' own times
// (NOVEL_TIMINGS=1: rules, load, clean, print, report) are printed above the total.
//   dotnet run bench/whole-book-clean/whole-book-clean.cs [-- SIZE_MB]
using System.Diagnostics;
using System.Globalization;
using System.Text;

Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
var megabytes = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 30;
var root = Directory.GetCurrentDirectory();
while (!File.Exists(Path.Combine(root, "Novel.sln")))
{
    root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("run from inside the repository");
}

var work = Path.Combine(Path.GetTempPath(), "novel-bench-clean");
Directory.CreateDirectory(work);
var book = Path.Combine(work, $"whole-book-{megabytes}mb.txt");
Console.WriteLine($"Writing a {megabytes} MB GB18030 whole-book text...");
WriteBook(book, megabytes * 1024L * 1024L);
Console.WriteLine("Publishing Novel.Cli (Release)...");
var publish = Path.Combine(work, "novel");
Run("dotnet", "publish", Path.Combine(root, "src", "Novel.Cli"), "-c", "Release", "-o", publish, "--nologo", "-v", "q");

var timeFile = Path.Combine(work, "time.txt");
var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true };
start.Environment["NOVEL_TIMINGS"] = "1"; // the stages' times go to standard error, shown as they come
foreach (var a in new[] { "-f", "%e %U %S %M", "-o", timeFile, Path.Combine(publish, "Novel.Cli"), "clean", book, "--report", Path.Combine(work, "report.json") })
{
    start.ArgumentList.Add(a);
}

using (var process = Process.Start(start)!)
{
    var lines = 0L;
    while (process.StandardOutput.ReadLine() is not null)
    {
        lines++;
    }

    process.WaitForExit();
    var f = File.ReadAllText(timeFile).Trim().Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"novel clean {new FileInfo(book).Length / 1048576.0:F1} MB GB18030: exit {process.ExitCode}, {lines:N0} lines out, wall {f[0]:F2} s, cpu {f[1] + f[2]:F2} s, peak {f[3] / 1024:F0} MB"));
    return process.ExitCode;
}

static void WriteBook(string path, long bytes)
{
    string[] junk = ["天才一秒记住本站地址：www.biquge-example.com", "本章未完，请点击下一页继续阅读", "手机浏览器扫描二维码访问"];
    const string hanzi = "天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳云腾致雨露结为霜金生丽水玉出昆冈剑号巨阙珠称夜光";
    var random = new Random(42);
    var gb = Encoding.GetEncoding("GB18030");
    using var output = new FileStream(path, FileMode.Create);
    var text = new StringBuilder();
    for (var chapter = 1; output.Length < bytes; chapter++)
    {
        text.Clear();
        text.Append(CultureInfo.InvariantCulture, $"第{chapter}章 {hanzi.Substring(random.Next(40), 4)}\r\n");
        for (var p = 0; p < 40; p++)
        {
            text.Append("\u3000\u3000");
            for (var c = 0; c < 60; c++)
            {
                text.Append(hanzi[random.Next(hanzi.Length)]);
                text.Append(c % 15 == 14 ? (c == 59 ? "。" : "，") : "");
            }

            text.Append("\r\n");
            if (p % 13 == 0)
            {
                text.Append(junk[random.Next(junk.Length)]).Append("\r\n");
            }
        }

        var encoded = gb.GetBytes(text.ToString());
        output.Write(encoded);
    }
}

static void Run(string file, params string[] arguments)
{
    using var process = Process.Start(file, arguments);
    process.WaitForExit();
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"{file} exited {process.ExitCode}");
    }
}
