using System.Text.Encodings.Web;
using System.Text.Json;

namespace Novel.Cleaning;

/// <summary>
/// Everything the cleaner did to a book, as a JSON report (UTF-8, indented, Chinese unescaped): a summary of what
/// became of the input lines, totals per rule and per action, and every event with its rule, file and line.
/// </summary>
public sealed class CleaningReport
{
    private const int FlushBytes = 1 << 16;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly Lazy<IReadOnlyList<LineAccount>> _lines;
    private readonly int[] _fateCounts = new int[Enum.GetValues<LineFate>().Length];
    private readonly int[] _actionCounts = new int[Enum.GetValues<CleaningAction>().Length];

    /// <summary>Collects the events and line accounts of the cleaned chapters, in order.</summary>
    public CleaningReport(IEnumerable<CleanedChapter> chapters)
        : this(chapters, [])
    {
    }

    /// <summary>
    /// Collects the events and line accounts of the cleaned chapters, after what the loader did before cleaning
    /// (a whole-book split: headings, hard-wrap joins, a Gutenberg frame removed), so every input line is accounted for.
    /// </summary>
    public CleaningReport(IEnumerable<CleanedChapter> chapters, IEnumerable<CleaningEvent> loadEvents)
    {
        ArgumentNullException.ThrowIfNull(chapters);
        ArgumentNullException.ThrowIfNull(loadEvents);
        var list = chapters.ToList();
        var loading = loadEvents.ToList();
        ChapterCount = list.Count;
        Events = [.. loading, .. list.SelectMany(c => c.Events)];
        _lines = new(() => [.. loading.Where(e => LoadFate(e) is not null)
                .Select(e => new LineAccount(new Loading.SourceLine(e.Text, e.Source), LoadFate(e)!.Value, e.RuleId)),
            .. list.SelectMany(Account),
            .. TitleLines(list, loading)]);
        foreach (var e in loading)
        {
            if (LoadFate(e) is { } fate)
            {
                _fateCounts[(int)fate]++;
            }
        }

        foreach (var chapter in list)
        {
            CountFates(chapter, _fateCounts);
        }

        _fateCounts[(int)LineFate.Heading] += TitleLines(list, loading).Count();

        var totals = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in Events)
        {
            totals[e.RuleId] = totals.GetValueOrDefault(e.RuleId) + 1;
            _actionCounts[(int)e.Action]++;
        }

        TotalsByRule = totals.OrderBy(t => t.Key, StringComparer.Ordinal).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
    }

    /// <summary>How many chapters the report covers.</summary>
    public int ChapterCount { get; }

    /// <summary>Every event, chapter by chapter, in line order.</summary>
    public IReadOnlyList<CleaningEvent> Events { get; }

    /// <summary>What became of every input line (made when first asked for: the JSON needs only the counts).</summary>
    public IReadOnlyList<LineAccount> Lines => _lines.Value;

    /// <summary>How many events each rule caused, by rule id.</summary>
    public IReadOnlyDictionary<string, int> TotalsByRule { get; }

    /// <summary>
    /// Accounts for every input line of a cleaned chapter from its paragraphs and events alone: kept (a paragraph
    /// comes from it), removed (a Removed event names it) or joined (a Joined event names it); anything else is
    /// <see cref="LineFate.Unaccounted"/>.
    /// </summary>
    public static IReadOnlyList<LineAccount> Account(CleanedChapter chapter)
    {
        ArgumentNullException.ThrowIfNull(chapter);
        var fates = new LineFates(chapter);
        return [.. chapter.Source.Lines.Select(line => fates.Of(line) switch
        {
            (LineFate.Kept, _) => new LineAccount(line, LineFate.Kept, null),
            ({ } fate, { } e) => new LineAccount(line, fate, e.RuleId),
            _ => new LineAccount(line, LineFate.Unaccounted, null),
        })];
    }

    /// <summary>The fate a loader event gives the line it names: removed, joined or heading; null for other events.</summary>
    private static LineFate? LoadFate(CleaningEvent e) => e.Action switch
    {
        CleaningAction.Removed => LineFate.Removed,
        CleaningAction.Joined => LineFate.Joined,
        CleaningAction.ChapterSplit => LineFate.Heading,
        _ => null,
    };

    private static void CountFates(CleanedChapter chapter, int[] counts)
    {
        var fates = new LineFates(chapter);
        foreach (var line in chapter.Source.Lines)
        {
            counts[(int)(fates.Of(line).Fate ?? LineFate.Unaccounted)]++;
        }
    }

    /// <summary>
    /// The title lines of chapters loaded one a file (<c>第8章 渡口</c> at the top of <c>0008.txt</c>): headings. A title
    /// where a whole book was split, or of a page joined to the one before, is already accounted for by its event.
    /// </summary>
    private static IEnumerable<LineAccount> TitleLines(List<CleanedChapter> chapters, List<CleaningEvent> loading)
    {
        var accounted = loading.Where(e => e.Action is CleaningAction.Removed or CleaningAction.Joined or CleaningAction.ChapterSplit).Select(e => e.Source).ToHashSet();
        return chapters
            .Where(c => c.Source.Title is not null && c.Source.Source.Line > 0 && !accounted.Contains(c.Source.Source))
            .Select(c => new LineAccount(new Loading.SourceLine(c.Source.Title!, c.Source.Source), LineFate.Heading, "title"));
    }

    /// <summary>Writes the report as JSON to a file.</summary>
    public void Write(string path)
    {
        using var stream = File.Create(path);
        Write(stream);
    }

    /// <summary>Writes the report as JSON (UTF-8) to a stream.</summary>
    public void Write(Stream stream)
    {
        using var writer = new Utf8JsonWriter(stream, WriterOptions);
        writer.WriteStartObject();
        writer.WriteStartObject("summary");
        writer.WriteNumber("chapters", ChapterCount);
        writer.WriteNumber("lines", _fateCounts.Sum());
        foreach (var fate in Enum.GetValues<LineFate>())
        {
            writer.WriteNumber(fate.ToString().ToLowerInvariant(), _fateCounts[(int)fate]);
        }

        writer.WriteEndObject();
        writer.WriteStartObject("totalsByRule");
        foreach (var (rule, count) in TotalsByRule)
        {
            writer.WriteNumber(rule, count);
        }

        writer.WriteEndObject();
        writer.WriteStartObject("totalsByAction");
        foreach (var action in Enum.GetValues<CleaningAction>().Order())
        {
            if (_actionCounts[(int)action] > 0)
            {
                writer.WriteNumber(action.ToString(), _actionCounts[(int)action]);
            }
        }

        writer.WriteEndObject();
        writer.WriteStartArray("events");
        foreach (var e in Events)
        {
            writer.WriteStartObject();
            writer.WriteString("action", e.Action.ToString());
            writer.WriteString("rule", e.RuleId);
            writer.WriteString("file", e.Source.File);
            writer.WriteNumber("line", e.Source.Line);
            writer.WriteString("text", e.Text);
            if (e.Detail is not null)
            {
                writer.WriteString("detail", e.Detail);
            }
            else
            {
                writer.WriteNull("detail");
            }

            writer.WriteEndObject();
            if (writer.BytesPending > FlushBytes)
            {
                writer.Flush(); // stream the events rather than hold the whole report in memory
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The report as a JSON string.</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        Write(stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
