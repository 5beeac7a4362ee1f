namespace Novel.Cleaning;

/// <summary>Something the entity repairer found and fixed in one line: the rule and the fragments it replaced.</summary>
/// <param name="RuleId">The repair rule (<c>entity-decode</c>, <c>entity-residue</c>, <c>html-tag</c>).</param>
/// <param name="Fragments">The replaced fragments, space-separated.</param>
internal sealed record RepairFinding(string RuleId, string Fragments);
