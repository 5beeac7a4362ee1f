namespace Novel.Model;

/// <summary>What a paragraph is, so writers can set it apart.</summary>
public enum ParagraphRole
{
    /// <summary>Story text.</summary>
    Story,

    /// <summary>An author's note (<c>PS：</c>, <c>求月票</c>, <c>作者有话说</c>): kept, but set apart.</summary>
    AuthorNote,

    /// <summary>A heading inside a front-matter page.</summary>
    Heading,
}
