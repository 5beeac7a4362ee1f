using System.Runtime.InteropServices;
using System.Text;
using Novel.Cleaning;
using Novel.Loading;
using Novel.Model;

namespace Novel.Building;

/// <summary>
/// Writes the book model's records (chapters as loaded, paragraphs, cleaning events) to a build cache file in a
/// compact binary form that <see cref="CacheRecordReader"/> reads back exactly. Text is written as its UTF-16 code
/// units (a lone surrogate survives); each file path is written once and then referred to by number.
/// </summary>
internal sealed class CacheRecordWriter(BinaryWriter writer)
{
    private readonly Dictionary<string, int> paths = new(StringComparer.Ordinal);

    /// <summary>The underlying writer, for plain numbers and keys.</summary>
    public BinaryWriter Writer { get; } = writer;

    /// <summary>Writes a text.</summary>
    public void Text(string text)
    {
        Writer.Write(text.Length);
        Writer.Write(MemoryMarshal.AsBytes(text.AsSpan()));
    }

    /// <summary>Writes a text that may be null.</summary>
    public void OptionalText(string? text)
    {
        Writer.Write(text is not null);
        if (text is not null)
        {
            Text(text);
        }
    }

    /// <summary>Writes a file and line.</summary>
    public void Location(SourceLocation location)
    {
        if (paths.TryGetValue(location.File, out var index))
        {
            Writer.Write(index);
        }
        else
        {
            paths[location.File] = paths.Count;
            Writer.Write(-1);
            Text(location.File);
        }

        Writer.Write(location.Line);
    }

    /// <summary>Writes a chapter as loaded.</summary>
    public void Chapter(LoadedChapter chapter)
    {
        OptionalText(chapter.Title);
        Location(chapter.Source);
        Writer.Write(chapter.Number.HasValue);
        Writer.Write(chapter.Number ?? 0);
        OptionalText(chapter.Volume);
        Writer.Write(chapter.Lines.Count);
        foreach (var line in chapter.Lines)
        {
            Text(line.Text);
            Location(line.Source);
        }
    }

    /// <summary>Writes a paragraph: its runs, source and role.</summary>
    public void Paragraph(Paragraph paragraph)
    {
        Writer.Write((int)paragraph.Role);
        Location(paragraph.Source);
        Writer.Write(paragraph.Runs.Count);
        foreach (var run in paragraph.Runs)
        {
            Text(run.Text);
            Writer.Write((int)run.Style);
        }
    }

    /// <summary>Writes a list of cleaning events.</summary>
    public void Events(IReadOnlyList<CleaningEvent> events)
    {
        Writer.Write(events.Count);
        foreach (var e in events)
        {
            Writer.Write((int)e.Action);
            Text(e.RuleId);
            Location(e.Source);
            Text(e.Text);
            OptionalText(e.Detail);
        }
    }

    /// <summary>A writer over a stream, in the encoding the reader expects.</summary>
    public static CacheRecordWriter Over(Stream stream) => new(new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true));
}
