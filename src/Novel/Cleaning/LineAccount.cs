using Novel.Loading;

namespace Novel.Cleaning;

/// <summary>What became of one input line, and the rule that decided it.</summary>
/// <param name="Line">The input line.</param>
/// <param name="Fate">Kept, removed, joined, or unaccounted.</param>
/// <param name="RuleId">The rule that removed or joined the line; null for a kept or unaccounted line.</param>
public sealed record LineAccount(SourceLine Line, LineFate Fate, string? RuleId);
