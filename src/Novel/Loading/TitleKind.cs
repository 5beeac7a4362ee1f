namespace Novel.Loading;

/// <summary>What a title line heads.</summary>
public enum TitleKind
{
    /// <summary>A numbered chapter: <c>第N章</c>, <c>第N回</c>, <c>第N节</c>, <c>第N集</c>, <c>第N话</c>.</summary>
    Chapter,

    /// <summary>A volume or part that groups chapters: <c>第N卷</c>, <c>第N部</c>, <c>第N篇</c>.</summary>
    Volume,

    /// <summary>An unnumbered chapter before, between or after the numbered ones: <c>序章</c>, <c>楔子</c>, <c>番外</c>, <c>尾声</c>….</summary>
    Special,
}
