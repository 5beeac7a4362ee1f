using System.Globalization;
using Novel.Model;

namespace Novel.Epub;

/// <summary>
/// Writes a <see cref="Book"/> as an EPUB 3 publication that also carries an EPUB 2 <c>toc.ncx</c>. The same book
/// and options always give the same bytes.
/// </summary>
public sealed class EpubWriter
{
    /// <summary>Writes <paramref name="book"/> to <paramref name="output"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <see cref="EpubWriterOptions.MaxChapterBytes"/> is below <see cref="EpubWriterOptions.MinimumMaxChapterBytes"/>.</exception>
    public void Write(Book book, Stream output, EpubWriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxChapterBytes, EpubWriterOptions.MinimumMaxChapterBytes, nameof(options));

        var metadata = book.Metadata;
        var languages = new BookLanguages(metadata.Language, metadata.TranslationLanguage, options.Layout);
        var identifier = EpubIdentifier.For(metadata);
        var publication = new Publication();

        AddStylesheet(publication);
        AddCover(publication, book, languages, options.Series);
        AddTitlePage(publication, metadata, languages);
        AddFrontMatter(publication, book.FrontMatter);
        AddChapters(publication, book.Chapters, languages, options.MaxChapterBytes, options.PageCache);
        AddTitlePageToEmptyToc(publication, metadata, languages);
        var package = PackageDocumentWriter.Write(metadata, identifier, options.Modified, publication, options.Series);
        var ncx = NcxWriter.Write(identifier, metadata.Title, publication, languages);
        var nav = NavDocumentWriter.Write(publication, languages);

        EpubZipWriter.Write(output, options.Modified,
        [
            () => EpubZipWriter.Deflate(EpubPaths.Container, ContainerWriter.Write()),
            () => EpubZipWriter.Deflate(EpubPaths.Package, package),
            () => EpubZipWriter.Deflate(EpubPaths.ContentFolder + EpubPaths.Nav, nav),
            () => EpubZipWriter.Deflate(EpubPaths.ContentFolder + EpubPaths.Ncx, ncx),
            .. Contents(publication.Files),
        ]);
    }

    /// <summary>How to prepare each file's zip entry, in order: late pages are written only as the zip takes them.</summary>
    private static IEnumerable<Func<ZipEntryData>> Contents(IReadOnlyList<EpubFile> files) =>
        files.Select(file =>
        {
            var path = EpubPaths.ContentFolder + file.Href;
            return file.Prepare is { } prepare ? () => prepare(path) : (Func<ZipEntryData>)(() => EpubZipWriter.Deflate(path, file.Content));
        });

    private static void AddStylesheet(Publication publication) =>
        publication.Add(new EpubFile("css", EpubPaths.Stylesheet, "text/css", Stylesheet.Load(), InSpine: false));

    private static void AddCover(Publication publication, Book book, BookLanguages languages, EpubSeries? series)
    {
        // A book without a cover gets a typographic one, so library views show it by name (and volume number).
        var cover = book.Cover ?? TypographicCover.Create(book.Metadata, series);
        var imageHref = EpubPaths.ImagesFolder + "cover" + CoverExtension(cover);
        publication.Add(new EpubFile("cover-image", imageHref, cover.MediaType, cover.Bytes, InSpine: false, Properties: "cover-image"));
        var pageHref = EpubPaths.TextFolder + "cover.xhtml";
        publication.Add(EpubFile.Page("cover", pageHref, CoverPageWriter.Write(EpubPaths.FromText(imageHref), book.Metadata.Title, languages)));
        publication.Add(new Landmark("cover", EpubLabels.Cover, pageHref));
    }

    private static void AddTitlePage(Publication publication, BookMetadata metadata, BookLanguages languages)
    {
        var href = EpubPaths.TextFolder + "title.xhtml";
        publication.Add(EpubFile.Page("title-page", href, TitlePageWriter.Write(metadata, languages)));
        publication.Add(new Landmark("titlepage", EpubLabels.TitlePage, href));
    }

    private static void AddFrontMatter(Publication publication, IReadOnlyList<FrontMatterPage> pages)
    {
        for (var i = 0; i < pages.Count; i++)
        {
            var id = "front-" + Number(i + 1);
            var href = EpubPaths.TextFolder + id + ".xhtml";
            publication.Add(EpubFile.Page(id, href, FrontMatterPageWriter.Write(pages[i])));
            publication.Add(new TocEntry([new LangText(pages[i].Title, pages[i].Language)], href, []));
        }
    }

    private static void AddChapters(Publication publication, IReadOnlyList<Chapter> chapters, BookLanguages languages, int maxChapterBytes, ChapterPageCache? cache)
    {
        // Chapters are cut into pages on all cores; the pages themselves are written late, while the zip is written.
        // A chapter whose pages an earlier build cached is neither cut nor written again.
        var pages = new ChapterPageWriter(languages, maxChapterBytes);
        var parts = new ChapterParts[chapters.Count];
        Parallel.For(0, chapters.Count, i =>
        {
            if (cache is null)
            {
                parts[i] = new ChapterParts(pages.SplitIntoParts(chapters[i]), null, null);
                return;
            }

            var key = ChapterPageCache.KeyOf(chapters[i], languages, maxChapterBytes);
            parts[i] = cache.PageCount(key) is { } cached
                ? new ChapterParts(null, cached, key)
                : new ChapterParts(pages.SplitIntoParts(chapters[i]), null, key);
        });
        var volumeNumber = 0;
        foreach (var run in VolumeRuns(chapters))
        {
            var volume = run.Volume is { } title ? AddVolume(publication, title, ++volumeNumber, languages) : null;
            foreach (var (chapter, index) in run.Chapters)
            {
                var entry = AddChapter(publication, chapter, index, parts[index], pages, languages, cache);
                if (volume is not null)
                {
                    volume.Add(entry);
                }
                else
                {
                    publication.Add(entry);
                }
            }
        }

        // The story starts at the first page after the front matter: the first volume's, or else the first chapter's.
        if (publication.Spine.FirstOrDefault(IsBodyPage) is { } start)
        {
            publication.Add(new Landmark("bodymatter", EpubLabels.Start, start.Href));
        }
    }

    private static bool IsBodyPage(EpubFile page) =>
        page.Id.StartsWith("volume-", StringComparison.Ordinal) || page.Id.StartsWith("chapter-", StringComparison.Ordinal);

    /// <summary>Adds a volume's opening page and its table-of-contents entry; returns the list its chapters' entries go in.</summary>
    private static List<TocEntry> AddVolume(Publication publication, string volume, int number, BookLanguages languages)
    {
        var id = "volume-" + Number(number);
        var href = EpubPaths.TextFolder + id + ".xhtml";
        publication.Add(EpubFile.Page(id, href, VolumePageWriter.Write(volume, languages)));
        var chapters = new List<TocEntry>();
        publication.Add(new TocEntry([new LangText(volume, languages.Original)], href, chapters));
        return chapters;
    }

    /// <summary>Adds a chapter's pages (one, or several when it is long); returns its table-of-contents entry.</summary>
    private static TocEntry AddChapter(Publication publication, Chapter chapter, int index, ChapterParts parts, ChapterPageWriter pages, BookLanguages languages, ChapterPageCache? cache)
    {
        var id = "chapter-" + Number(index + 1);
        var count = parts.Count;
        for (var part = 0; part < count; part++)
        {
            var partId = part == 0 ? id : $"{id}-{part + 1}";
            var number = part;
            publication.Add(EpubFile.LatePage(partId, EpubPaths.TextFolder + partId + ".xhtml", zipPath =>
            {
                var entry = parts.Pairs is { } pairs
                    ? EpubZipWriter.Deflate(zipPath, pages.WritePart(chapter, number, pairs[number]))
                    : cache!.Read(parts.Key!.Value, number, zipPath);
                if (parts.Key is { } key)
                {
                    cache!.Remember(key, number, count, entry);
                }

                return entry;
            }));
        }

        return new TocEntry(languages.Arrange(chapter.Title, chapter.TranslatedTitle), EpubPaths.TextFolder + id + ".xhtml", []);
    }

    /// <summary>A chapter's pages: the pairs of each when they are to be written, or how many the page cache holds.</summary>
    private sealed record ChapterParts(List<IReadOnlyList<ParagraphPair>>? Pairs, int? Cached, ChapterPageCache.Key? Key)
    {
        public int Count => Pairs?.Count ?? Cached!.Value;
    }

    /// <summary>The chapters cut into runs that share a volume (null for chapters outside any volume), with their indexes.</summary>
    private static List<(string? Volume, List<(Chapter Chapter, int Index)> Chapters)> VolumeRuns(IReadOnlyList<Chapter> chapters)
    {
        var runs = new List<(string? Volume, List<(Chapter, int)> Chapters)>();
        for (var i = 0; i < chapters.Count; i++)
        {
            var volume = string.IsNullOrWhiteSpace(chapters[i].Volume) ? null : chapters[i].Volume;
            if (runs.Count == 0 || runs[^1].Volume != volume)
            {
                runs.Add((volume, []));
            }

            runs[^1].Chapters.Add((chapters[i], i));
        }

        return runs;
    }

    /// <summary>A table of contents must list something: a book without chapters or front matter lists its title page.</summary>
    private static void AddTitlePageToEmptyToc(Publication publication, BookMetadata metadata, BookLanguages languages)
    {
        if (publication.Toc.Count == 0)
        {
            publication.Add(new TocEntry(languages.Arrange(metadata.Title, metadata.TranslatedTitle), EpubPaths.TextFolder + "title.xhtml", []));
        }
    }

    private static string CoverExtension(CoverImage cover) => cover.MediaType switch
    {
        "image/jpeg" => ".jpg",
        "image/png" => ".png",
        "image/gif" => ".gif",
        "image/webp" => ".webp",
        "image/svg+xml" => ".svg",
        _ => Path.GetExtension(cover.FileName).ToLowerInvariant() is { Length: > 1 } extension && extension.All(c => char.IsAsciiLetterOrDigit(c) || c == '.')
            ? extension
            : ".img",
    };

    private static string Number(int value) => value.ToString("D4", CultureInfo.InvariantCulture);
}
