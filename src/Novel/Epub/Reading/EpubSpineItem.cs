namespace Novel.Epub.Reading;

/// <summary>A page of the spine, in reading order.</summary>
/// <param name="IdRef">The manifest id the spine refers to.</param>
/// <param name="Path">The page's path in the archive.</param>
/// <param name="Linear">False when the spine marks the page <c>linear="no"</c>.</param>
/// <param name="Lang">The <c>lang</c> attribute of the page's <c>&lt;html&gt;</c>.</param>
/// <param name="XmlLang">The <c>xml:lang</c> attribute of the page's <c>&lt;html&gt;</c>.</param>
/// <param name="Blocks">The page's paragraphs and headings, in document order.</param>
public sealed record EpubSpineItem(string IdRef, string Path, bool Linear, string? Lang, string? XmlLang, IReadOnlyList<EpubBlock> Blocks);
