namespace Novel.Cleaning;

/// <summary>What the cleaner does with an author's note (<c>PS：</c>, <c>求月票</c>, <c>作者有话说</c>).</summary>
public enum AuthorNoteHandling
{
    /// <summary>Keep the note as a paragraph with role <see cref="Novel.Model.ParagraphRole.AuthorNote"/> (reported as Marked).</summary>
    Keep,

    /// <summary>Remove the note (reported as Removed).</summary>
    Drop,
}
