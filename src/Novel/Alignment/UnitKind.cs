namespace Novel.Alignment;

/// <summary>What one alignment unit is.</summary>
public enum UnitKind
{
    /// <summary>A block of lines separated from the next by a blank line.</summary>
    Paragraph,

    /// <summary>One line as given (gold sets are one sentence a line); blank lines are not units.</summary>
    Line,

    /// <summary>One sentence, cut by <see cref="ChineseSentenceSplitter"/> or <see cref="EnglishSentenceSplitter"/>.</summary>
    Sentence,
}
