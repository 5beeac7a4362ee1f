namespace Novel.Loading;

/// <summary>A chapter being cut from a whole-book text: its heading and raw body lines, before hard wraps are joined.</summary>
internal sealed class ChapterDraft(TitleLine? title, int headingLine, string? volume)
{
    private readonly List<RawLine> body = [];

    public TitleLine? Title { get; set; } = title;

    public int HeadingLine { get; } = headingLine;

    public string? Volume { get; } = volume;

    /// <summary>The body's lines in order, blank lines included (they end paragraphs).</summary>
    public List<RawLine> Body => body;

    /// <summary>How many non-blank lines the body has.</summary>
    public int TextLineCount { get; private set; }

    /// <summary>True once a rule line (<c>-----</c>) followed the heading before any body text.</summary>
    public bool SawRuleAfterHeading { get; set; }

    /// <summary>True while blank lines are skipped because a rule under the heading split a paragraph.</summary>
    public bool BridgingRule { get; set; }

    /// <summary>True when the draft has a title and at most one line of text: rules here belong to the heading.</summary>
    public bool IsNearHeading => Title is not null && TextLineCount <= 1;

    public bool HasText => TextLineCount > 0;

    public void Add(RawLine line)
    {
        body.Add(line);
        if (!line.IsBlank)
        {
            TextLineCount++;
        }
    }

    /// <summary>Drops blank lines at the end of the body.</summary>
    public void TrimTrailingBlanks()
    {
        while (body.Count > 0 && body[^1].IsBlank)
        {
            body.RemoveAt(body.Count - 1);
        }
    }
}
