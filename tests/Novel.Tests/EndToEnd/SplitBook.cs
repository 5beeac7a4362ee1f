using Novel.Bench;
using Novel.Building;
using Novel.Tests.Support;

namespace Novel.Tests.EndToEnd;

/// <summary>
/// A generated 25-chapter book built once with <c>--split-every 10</c> (and a report) into three volumes, shared by
/// the split-build tests; the folder is deleted when the tests are done.
/// </summary>
public sealed class SplitBook : IDisposable
{
    public const int Chapters = 25;

    public const int Every = 10;

    public const string SourceDateEpoch = "1700000000";

    private readonly TempDirectory temp = new();

    public SplitBook()
    {
        BookDirectory = temp.Combine("book");
        new SyntheticBookGenerator(paragraphsPerChapter: 4).Write(BookDirectory, Chapters);
        Output = temp.Combine("out", "novel.epub");
        Report = temp.Combine("out", "report.json");
        Summary = Build(Output, Report);
    }

    public string BookDirectory { get; }

    /// <summary>The single-book path the set was named from.</summary>
    public string Output { get; }

    public string Report { get; }

    public BuildSummary Summary { get; }

    /// <summary>The volumes' paths, in order.</summary>
    public IReadOnlyList<string> Volumes => Summary.Outputs.Select(o => o.Path).ToList();

    /// <summary>Builds the book split every <see cref="Every"/> chapters with <paramref name="output"/> as the set's name.</summary>
    public BuildSummary Build(string output, string? report = null, Novel.Epub.EpubLayout? also = null) =>
        BookBuilder.Build(new BuildRequest
        {
            BookDirectory = BookDirectory,
            OutputPath = output,
            SplitEvery = Every,
            ReportPath = report,
            AlsoLayout = also,
            SourceDateEpoch = SourceDateEpoch,
        });

    /// <summary>A path in a fresh folder of this fixture's temporary folder.</summary>
    public string FreshPath(params string[] parts) => temp.Combine([Guid.NewGuid().ToString("N"), .. parts]);

    public void Dispose() => temp.Dispose();
}
