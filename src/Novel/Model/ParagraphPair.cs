namespace Novel.Model;

/// <summary>
/// One bead of a bilingual chapter: one or more original paragraphs and the translation paragraphs that render them.
/// A one-to-one pair has one of each; a merged bead has several on either side; an untranslated paragraph has none.
/// </summary>
/// <param name="Original">The original (Chinese) paragraphs, in order; empty for a translator's addition.</param>
/// <param name="Translation">The translation paragraphs, in order; empty when there is none.</param>
/// <param name="Confidence">How sure the pairing is, from 0 to 1 (1 for pairs that are certain).</param>
public sealed record ParagraphPair(IReadOnlyList<Paragraph> Original, IReadOnlyList<Paragraph> Translation, double Confidence = 1.0)
{
    /// <summary>Makes a bead of one original paragraph and no translation.</summary>
    public static ParagraphPair Untranslated(Paragraph original) => new([original], [], 1.0);

    /// <summary>True when the bead has original text but no translation.</summary>
    public bool IsUntranslated => Original.Count > 0 && Translation.Count == 0;
}
