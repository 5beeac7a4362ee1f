namespace Novel.Alignment;

/// <summary>What the aligner knows of one unit: its length and the anchors it carries.</summary>
/// <param name="Length">Its length in the language's length unit (non-space characters).</param>
/// <param name="Keys">Anchor keys (numbers, Latin words, glossary and lexicon terms), sorted, repeats kept.</param>
/// <param name="Quotes">How many quotation marks it holds.</param>
/// <param name="Questions">How many question marks (a run counts once).</param>
/// <param name="Exclamations">How many exclamation marks (a run counts once).</param>
/// <param name="Introduces">1 when the unit ends with a colon (it introduces a quotation, verse or list), else 0.</param>
/// <param name="IsNote">True for a translator's note (<c>T/N:</c>, <c>Translator's note</c>, a bracketed aside).</param>
internal sealed record UnitProfile(double Length, int[] Keys, int Quotes, int Questions, int Exclamations, int Introduces, bool IsNote);
