namespace Novel.Epub.Reading;

/// <summary>An entry of a table of contents.</summary>
/// <param name="Label">The label's text.</param>
/// <param name="Path">The target's path in the archive, with its fragment when it has one.</param>
/// <param name="PlayOrder">The NCX <c>playOrder</c>; null for entries of the navigation document.</param>
/// <param name="Children">The sub-entries.</param>
public sealed record EpubTocEntry(string Label, string Path, int? PlayOrder, IReadOnlyList<EpubTocEntry> Children)
{
    /// <summary>This entry and all below it, depth first (document order).</summary>
    public IEnumerable<EpubTocEntry> SelfAndDescendants() => Children.SelectMany(c => c.SelfAndDescendants()).Prepend(this);
}
