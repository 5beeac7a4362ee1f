namespace Novel.Loading;

/// <summary>A line recognised as a chapter or volume title.</summary>
/// <param name="Kind">Whether it heads a chapter, a volume or an unnumbered chapter.</param>
/// <param name="Number">The number its label gives (<c>第四十五回</c> → 45); null for unnumbered titles.</param>
/// <param name="Label">The label: <c>第四十五回</c>, <c>第1章</c>, <c>楔子</c>.</param>
/// <param name="Name">The name after the label, inner whitespace runs collapsed; empty when the line is only a label.</param>
/// <param name="Text">The whole title as it should be shown: label, one separator, name.</param>
/// <param name="Spill">
/// Story text that a hard wrap put on the title line after the name (<c>話說賈雨村…</c>, or a lone <c>話</c> whose
/// <c>說</c> starts the next line); null when there is none.
/// </param>
public sealed record TitleLine(TitleKind Kind, int? Number, string Label, string Name, string Text, string? Spill = null)
{
    /// <summary>The volume heading that stood before this chapter title on the same line (<c>第一卷 风起 第一章 开端</c>), or null.</summary>
    public string? Volume { get; init; }
}
