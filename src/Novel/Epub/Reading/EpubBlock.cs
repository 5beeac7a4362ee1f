namespace Novel.Epub.Reading;

/// <summary>A paragraph or heading of a page.</summary>
/// <param name="Element">The element's name: <c>p</c>, <c>h1</c> … <c>h6</c>.</param>
/// <param name="Text">Its text content (emphasis and other inline markup dropped).</param>
/// <param name="Lang">Its own <c>lang</c> attribute, when it has one.</param>
/// <param name="XmlLang">Its own <c>xml:lang</c> attribute, when it has one.</param>
/// <param name="Class">Its <c>class</c> attribute, when it has one.</param>
/// <param name="Markup">The element's inner XML as the file has it, for checks on inline markup.</param>
public sealed record EpubBlock(string Element, string Text, string? Lang, string? XmlLang, string? Class, string Markup)
{
    /// <summary>True when the class attribute holds <paramref name="className"/> as one of its tokens.</summary>
    public bool HasClass(string className) =>
        Class is not null && Class.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(className, StringComparer.Ordinal);
}
