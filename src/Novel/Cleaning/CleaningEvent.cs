using Novel.Model;

namespace Novel.Cleaning;

/// <summary>One thing the loader or cleaner did to the input, with the rule that did it: nothing is lost in silence.</summary>
/// <param name="Action">What was done.</param>
/// <param name="RuleId">The id of the rule (or built-in step) that did it, for example <c>qr-prompt</c>.</param>
/// <param name="Source">The file and line it was done to.</param>
/// <param name="Text">The text removed, cut or joined (for a whole line removed, the whole line).</param>
/// <param name="Detail">Optional detail, such as the line's text after a cut.</param>
public sealed record CleaningEvent(CleaningAction Action, string RuleId, SourceLocation Source, string Text, string? Detail = null);
