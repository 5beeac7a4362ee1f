using Novel.Model;

namespace Novel.Cleaning;

/// <summary>The cleaner's working state for one input line of one chapter.</summary>
internal sealed class LineState
{
    /// <summary>The line's text so far (after repairs and cuts; after joins for a kept line).</summary>
    public required string Text { get; set; }

    /// <summary>Kept, removed or joined.</summary>
    public LineFate Fate { get; set; } = LineFate.Kept;

    /// <summary>The rule that removed or joined it.</summary>
    public string? RuleId { get; set; }

    /// <summary>Story or author's note.</summary>
    public ParagraphRole Role { get; set; } = ParagraphRole.Story;

    /// <summary>True when a user keep pattern matched it: no rule removes or cuts it.</summary>
    public bool UserKept { get; set; }

    /// <summary>True when <c>amp…br…gt</c>-style residue was repaired in it.</summary>
    public bool HadResidue { get; set; }

    /// <summary>True when it is a list of other novels' titles.</summary>
    public bool IsRecommendationList { get; set; }

    /// <summary>The page-break rule that removed the line or cut its end, when one did: the paragraph may go on after it.</summary>
    public string? PageBreakRule { get; set; }
}
