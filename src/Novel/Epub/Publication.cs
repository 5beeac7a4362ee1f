namespace Novel.Epub;

/// <summary>
/// The publication as the writer assembles it, before the package, navigation and zip are written: its files in
/// manifest order (pages in reading order), its table of contents and its landmarks.
/// </summary>
internal sealed class Publication
{
    private readonly List<EpubFile> files = [];
    private readonly List<TocEntry> toc = [];
    private readonly List<Landmark> landmarks = [];

    /// <summary>The files under <c>OEBPS/</c> other than the package and navigation documents, in manifest order.</summary>
    public IReadOnlyList<EpubFile> Files => files;

    /// <summary>The spine: the pages read in order.</summary>
    public IEnumerable<EpubFile> Spine => files.Where(f => f.InSpine);

    /// <summary>The table of contents, top level first.</summary>
    public IReadOnlyList<TocEntry> Toc => toc;

    /// <summary>The landmarks (cover, title page, start of the story).</summary>
    public IReadOnlyList<Landmark> Landmarks => landmarks;

    /// <summary>Adds a file.</summary>
    public void Add(EpubFile file) => files.Add(file);

    /// <summary>Adds a top-level entry to the table of contents.</summary>
    public void Add(TocEntry entry) => toc.Add(entry);

    /// <summary>Adds a landmark.</summary>
    public void Add(Landmark landmark) => landmarks.Add(landmark);
}
