using System.Text.RegularExpressions;

namespace Novel.Cleaning;

/// <summary>One boilerplate rule: a regular expression matched against the line with full-width characters folded to ASCII.</summary>
/// <param name="Id">The rule's id, named in every event it causes (for example <c>address-nag</c>).</param>
/// <param name="Kind">Whether a match drops the line, cuts the match out, or marks an author's note.</param>
/// <param name="Pattern">The compiled pattern (case-insensitive, culture-invariant).</param>
/// <param name="Description">What the rule removes, for people reading the rules or a report.</param>
public sealed record CleaningRule(string Id, CleaningRuleKind Kind, Regex Pattern, string Description)
{
    /// <summary>
    /// True when the rule removes page furniture that splits a paragraph across pages (<c>本章未完，请点击下一页继续阅读</c>):
    /// a kept line cut off mid-sentence before it is joined with the line after it.
    /// </summary>
    public bool JoinsAcross { get; init; }
}
