using System.Text.Encodings.Web;
using System.Text.Json;

namespace Novel.Cleaning;

/// <summary>
/// Everything the cleaner did to a book, as a JSON report (UTF-8, indented, Chinese unescaped): a summary of what
/// became of the input lines, totals per rule and per action, and every event with its rule, file and line.
/// </summary>
public sealed class CleaningReport
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

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
        Lines = [.. loading.Where(e => e.Action is CleaningAction.Removed or CleaningAction.Joined or CleaningAction.ChapterSplit)
                .Select(e => new LineAccount(
                    new Loading.SourceLine(e.Text, e.Source),
                    e.Action switch { CleaningAction.Removed => LineFate.Removed, CleaningAction.Joined => LineFate.Joined, _ => LineFate.Heading },
                    e.RuleId)),
            .. list.SelectMany(Account),
            .. TitleLines(list, loading)];
        TotalsByRule = Events.GroupBy(e => e.RuleId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
    }

    /// <summary>How many chapters the report covers.</summary>
    public int ChapterCount { get; }

    /// <summary>Every event, chapter by chapter, in line order.</summary>
    public IReadOnlyList<CleaningEvent> Events { get; }

    /// <summary>What became of every input line.</summary>
    public IReadOnlyList<LineAccount> Lines { get; }

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
        var kept = chapter.Paragraphs.Select(p => p.Source).ToHashSet();
        var fates = new Dictionary<Model.SourceLocation, CleaningEvent>();
        foreach (var e in chapter.Events.Where(e => e.Action is CleaningAction.Removed or CleaningAction.Joined))
        {
            fates.TryAdd(e.Source, e);
        }

        return [.. chapter.Source.Lines.Select(line =>
            kept.Contains(line.Source) ? new LineAccount(line, LineFate.Kept, null)
            : fates.TryGetValue(line.Source, out var e) ? new LineAccount(line, e.Action == CleaningAction.Removed ? LineFate.Removed : LineFate.Joined, e.RuleId)
            : new LineAccount(line, LineFate.Unaccounted, null))];
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
        writer.WriteNumber("lines", Lines.Count);
        foreach (var fate in Enum.GetValues<LineFate>())
        {
            writer.WriteNumber(fate.ToString().ToLowerInvariant(), Lines.Count(l => l.Fate == fate));
        }

        writer.WriteEndObject();
        writer.WriteStartObject("totalsByRule");
        foreach (var (rule, count) in TotalsByRule)
        {
            writer.WriteNumber(rule, count);
        }

        writer.WriteEndObject();
        writer.WriteStartObject("totalsByAction");
        foreach (var group in Events.GroupBy(e => e.Action).OrderBy(g => g.Key))
        {
            writer.WriteNumber(group.Key.ToString(), group.Count());
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
