using System.Runtime.InteropServices;
using Novel.Cleaning;
using Novel.Loading;
using Novel.Model;

namespace Novel.Building;

/// <summary>Reads back what <see cref="CacheRecordWriter"/> wrote; bad data throws <see cref="InvalidDataException"/> or <see cref="EndOfStreamException"/>.</summary>
internal sealed class CacheRecordReader(BinaryReader reader)
{
    private const int MaxCount = 1 << 28;
    private readonly List<string> paths = [];

    /// <summary>The underlying reader, for plain numbers and keys.</summary>
    public BinaryReader Reader { get; } = reader;

    /// <summary>Reads a count, checked to be sane.</summary>
    public int Count()
    {
        var count = Reader.ReadInt32();
        return count is < 0 or > MaxCount ? throw new InvalidDataException("bad count in a build cache file") : count;
    }

    /// <summary>Reads a text.</summary>
    public string Text()
    {
        var length = Count();
        var bytes = Reader.ReadBytes(length * 2);
        if (bytes.Length != length * 2)
        {
            throw new EndOfStreamException();
        }

        return new string(MemoryMarshal.Cast<byte, char>(bytes));
    }

    /// <summary>Reads a text that may be null.</summary>
    public string? OptionalText() => Reader.ReadBoolean() ? Text() : null;

    /// <summary>Reads a file and line.</summary>
    public SourceLocation Location()
    {
        var index = Reader.ReadInt32();
        string file;
        if (index == -1)
        {
            file = Text();
            paths.Add(file);
        }
        else
        {
            file = index >= 0 && index < paths.Count ? paths[index] : throw new InvalidDataException("bad path number in a build cache file");
        }

        return new SourceLocation(file, Reader.ReadInt32());
    }

    /// <summary>Reads a chapter as loaded.</summary>
    public LoadedChapter Chapter()
    {
        var title = OptionalText();
        var source = Location();
        var hasNumber = Reader.ReadBoolean();
        var number = Reader.ReadInt32();
        var volume = OptionalText();
        var lines = new SourceLine[Count()];
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = new SourceLine(Text(), Location());
        }

        return new LoadedChapter(title, lines, source) { Number = hasNumber ? number : null, Volume = volume };
    }

    /// <summary>Reads a paragraph.</summary>
    public Paragraph Paragraph()
    {
        var role = (ParagraphRole)Reader.ReadInt32();
        var source = Location();
        var runs = new TextRun[Count()];
        for (var i = 0; i < runs.Length; i++)
        {
            runs[i] = new TextRun(Text(), (InlineStyle)Reader.ReadInt32());
        }

        return new Paragraph(runs, source, role);
    }

    /// <summary>Reads a list of cleaning events.</summary>
    public CleaningEvent[] Events()
    {
        var events = new CleaningEvent[Count()];
        for (var i = 0; i < events.Length; i++)
        {
            var action = (CleaningAction)Reader.ReadInt32();
            var rule = Text();
            var source = Location();
            var text = Text();
            events[i] = new CleaningEvent(action, rule, source, text, OptionalText());
        }

        return events;
    }
}
