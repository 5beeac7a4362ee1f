using System.Text;
using System.Text.Json;
using Novel.Cleaning;
using Novel.Tests.Support;

namespace Novel.Tests.Cleaning;

public sealed class CleaningReportTests
{
    [Fact]
    public void Write_ProducesIndentedUtf8Json_WithEveryEventAndTotalsPerRule()
    {
        var chapters = CleaningCases.Names().Select(n => CaseChapterReader.Read(CleaningCases.InputPath(n))).ToList();
        var cleaned = new BoilerplateCleaner().CleanBook(chapters);
        var report = new CleaningReport(cleaned);
        using var temp = new TempDirectory();
        var path = temp.Combine("report.json");

        report.Write(path);

        var text = File.ReadAllText(path, Encoding.UTF8);
        Assert.Contains("\n  \"events\": [", text);
        Assert.Contains("一秒记住【笔趣阁 www.biquge.info】，精彩小说无弹窗免费阅读！", text);
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        var events = root.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(cleaned.Sum(c => c.Events.Count), events.Count);
        Assert.All(events, e =>
        {
            Assert.False(string.IsNullOrEmpty(e.GetProperty("rule").GetString()));
            Assert.EndsWith(".txt", e.GetProperty("file").GetString());
            Assert.True(e.GetProperty("line").GetInt32() > 0);
            Assert.True(e.TryGetProperty("text", out _) && e.TryGetProperty("detail", out _) && e.TryGetProperty("action", out _));
        });
        var totals = root.GetProperty("totalsByRule").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        Assert.Equal(events.Count, totals.Values.Sum());
        Assert.Equal(events.Count(e => e.GetProperty("rule").GetString() == "site-watermark"), totals["site-watermark"]);
        var summary = root.GetProperty("summary");
        Assert.Equal(chapters.Sum(c => c.Lines.Count), summary.GetProperty("lines").GetInt32());
        Assert.Equal(0, summary.GetProperty("unaccounted").GetInt32());
        Assert.Equal(cleaned.Sum(c => c.Paragraphs.Count), summary.GetProperty("kept").GetInt32());
    }

    [Fact]
    public void Account_ReportsAnUnaccountedLine_WhenNeitherAParagraphNorAnEventNamesIt()
    {
        var chapter = CaseChapterReader.FromText("他走了。\n她来了。", "t.txt");
        var cleaned = new BoilerplateCleaner().Clean(chapter);
        var tampered = cleaned with { Paragraphs = [cleaned.Paragraphs[0]] };

        var accounts = CleaningReport.Account(tampered);

        Assert.Equal([LineFate.Kept, LineFate.Unaccounted], accounts.Select(a => a.Fate));
    }
}
