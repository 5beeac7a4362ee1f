namespace Novel.Cleaning;

/// <summary>What a cleaning rule does when its pattern matches a line.</summary>
public enum CleaningRuleKind
{
    /// <summary>The whole line is boilerplate and is dropped. Write such patterns anchored to the whole line.</summary>
    Line,

    /// <summary>The match is cut out of the line; the line is dropped only when nothing but punctuation is left.</summary>
    Inline,

    /// <summary>The line is an author's note (<c>PS：</c>, <c>求月票</c>): kept as <see cref="Novel.Model.ParagraphRole.AuthorNote"/> or dropped, by option.</summary>
    Note,
}
