namespace Novel.Model;

/// <summary>One paragraph of text: a list of styled runs, where it came from, and what it is.</summary>
public sealed record Paragraph
{
    /// <summary>Creates a paragraph of plain text.</summary>
    public Paragraph(string text, SourceLocation source, ParagraphRole role = ParagraphRole.Story)
        : this([new TextRun(text)], source, role)
    {
    }

    /// <summary>Creates a paragraph of styled runs.</summary>
    public Paragraph(IReadOnlyList<TextRun> runs, SourceLocation source, ParagraphRole role = ParagraphRole.Story)
    {
        Runs = runs;
        Source = source;
        Role = role;
    }

    /// <summary>The styled runs, in order.</summary>
    public IReadOnlyList<TextRun> Runs { get; init; }

    /// <summary>Where the paragraph came from.</summary>
    public SourceLocation Source { get; init; }

    /// <summary>What the paragraph is.</summary>
    public ParagraphRole Role { get; init; }

    /// <summary>The paragraph's plain text: its runs joined.</summary>
    public string Text => Runs.Count == 1 ? Runs[0].Text : string.Concat(Runs.Select(r => r.Text));
}
