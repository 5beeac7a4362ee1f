using System.Globalization;
using Novel.Model;

namespace Novel.Epub;

/// <summary>Writes <c>content.opf</c>: the package's metadata, its manifest of every file, and the spine.</summary>
internal static class PackageDocumentWriter
{
    private const string IdentifierId = "book-id";
    private const string NcxId = "ncx";
    private const string NavId = "nav";
    private const string SeriesId = "series";

    /// <summary>The package document's bytes.</summary>
    public static byte[] Write(BookMetadata metadata, string identifier, DateTimeOffset modified, Publication publication, EpubSeries? series = null)
    {
        using var opf = EpubXmlWriter.Document(EpubNamespaces.Opf);
        opf.Start("package").Attribute("version", "3.0").Attribute("unique-identifier", IdentifierId).XmlLang(metadata.Language).Line();
        WriteMetadata(opf, metadata, identifier, modified, publication, series);
        WriteManifest(opf, publication);
        WriteSpine(opf, publication);
        opf.End().Line();
        return opf.ToArray();
    }

    /// <summary><c>dcterms:modified</c>'s value: UTC, whole seconds.</summary>
    public static string FormatModified(DateTimeOffset modified) =>
        modified.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void WriteMetadata(EpubXmlWriter opf, BookMetadata metadata, string identifier, DateTimeOffset modified, Publication publication, EpubSeries? series)
    {
        opf.Start("metadata").DeclarePrefix("dc", EpubNamespaces.DublinCore).Line();
        Dc(opf, "identifier", identifier, id: IdentifierId);
        Dc(opf, "title", metadata.Title, id: "title", language: metadata.Language);
        Refine(opf, "title", "title-type", "main");
        Refine(opf, "title", "display-seq", "1");
        if (!string.IsNullOrWhiteSpace(metadata.TranslatedTitle))
        {
            Dc(opf, "title", metadata.TranslatedTitle, id: "title-translated", language: metadata.TranslationLanguage);
            Refine(opf, "title-translated", "title-type", "subtitle");
            Refine(opf, "title-translated", "display-seq", "2");
        }

        Dc(opf, "language", metadata.Language);
        if (metadata.TranslationLanguage != metadata.Language)
        {
            Dc(opf, "language", metadata.TranslationLanguage);
        }

        Creator(opf, "author", metadata.Author, "aut", metadata.Language);
        Creator(opf, "translator", metadata.Translator, "trl", metadata.TranslationLanguage);
        OptionalDc(opf, "date", metadata.Date);
        OptionalDc(opf, "rights", metadata.Rights);
        OptionalDc(opf, "description", metadata.Description);
        Meta(opf, "dcterms:modified", FormatModified(modified));
        if (series is not null)
        {
            WriteSeries(opf, series, metadata.Language);
        }

        var cover = publication.Files.FirstOrDefault(f => f.Properties == "cover-image");
        WriteAccessibility(opf, hasImages: cover is not null);
        if (cover is not null)
        {
            opf.Start("meta").Attribute("name", "cover").Attribute("content", cover.Id).EndEmpty().Line();
        }

        opf.End().Line();
    }

    /// <summary>
    /// The series a volume belongs to, twice: as EPUB 3's <c>belongs-to-collection</c> (Apple Books, Kobo, KOReader)
    /// and as calibre's own <c>calibre:series</c> metadata, which calibre and the Kindle and Kobo paths through it read.
    /// </summary>
    private static void WriteSeries(EpubXmlWriter opf, EpubSeries series, string language)
    {
        var position = series.Position.ToString(CultureInfo.InvariantCulture);
        opf.Start("meta").Attribute("property", "belongs-to-collection").Attribute("id", SeriesId).XmlLang(language)
            .Text(series.Title).End().Line();
        Refine(opf, SeriesId, "collection-type", "series");
        Refine(opf, SeriesId, "group-position", position);
        opf.Start("meta").Attribute("name", "calibre:series").Attribute("content", series.Title).EndEmpty().Line();
        opf.Start("meta").Attribute("name", "calibre:series_index").Attribute("content", position).EndEmpty().Line();
    }

    /// <summary>The schema.org accessibility metadata that EPUB Accessibility asks for: what the book is made of and how it is navigated.</summary>
    private static void WriteAccessibility(EpubXmlWriter opf, bool hasImages)
    {
        Meta(opf, "schema:accessMode", "textual");
        if (hasImages)
        {
            Meta(opf, "schema:accessMode", "visual");
        }

        Meta(opf, "schema:accessModeSufficient", "textual");
        Meta(opf, "schema:accessibilityFeature", "structuralNavigation");
        Meta(opf, "schema:accessibilityFeature", "tableOfContents");
        Meta(opf, "schema:accessibilityHazard", "none");
        opf.Start("meta").Attribute("property", "schema:accessibilitySummary").XmlLang(EpubLabels.Language)
            .Text(EpubLabels.AccessibilitySummary).End().Line();
    }

    private static void Meta(EpubXmlWriter opf, string property, string value) =>
        opf.Start("meta").Attribute("property", property).Text(value).End().Line();

    private static void Creator(EpubXmlWriter opf, string id, string? name, string role, string language)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return;
        }

        Dc(opf, "creator", name, id, language);
        opf.Start("meta").Attribute("refines", "#" + id).Attribute("property", "role").Attribute("scheme", "marc:relators")
            .Text(role).End().Line();
    }

    private static void OptionalDc(EpubXmlWriter opf, string element, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            Dc(opf, element, value.Trim());
        }
    }

    private static void Dc(EpubXmlWriter opf, string element, string value, string? id = null, string? language = null)
    {
        opf.Start("dc", element, EpubNamespaces.DublinCore).OptionalAttribute("id", id);
        if (language is not null)
        {
            opf.XmlLang(language);
        }

        opf.Text(value).End().Line();
    }

    private static void Refine(EpubXmlWriter opf, string id, string property, string value) =>
        opf.Start("meta").Attribute("refines", "#" + id).Attribute("property", property).Text(value).End().Line();

    private static void WriteManifest(EpubXmlWriter opf, Publication publication)
    {
        opf.Start("manifest").Line();
        Item(opf, NavId, EpubPaths.Nav, EpubFile.XhtmlMediaType, "nav");
        Item(opf, NcxId, EpubPaths.Ncx, "application/x-dtbncx+xml", null);
        foreach (var file in publication.Files)
        {
            Item(opf, file.Id, file.Href, file.MediaType, file.Properties);
        }

        opf.End().Line();
    }

    private static void Item(EpubXmlWriter opf, string id, string href, string mediaType, string? properties) =>
        opf.Start("item").Attribute("id", id).Attribute("href", href).Attribute("media-type", mediaType)
            .OptionalAttribute("properties", properties).EndEmpty().Line();

    private static void WriteSpine(EpubXmlWriter opf, Publication publication)
    {
        opf.Start("spine").Attribute("toc", NcxId).Line();
        foreach (var page in publication.Spine)
        {
            opf.Start("itemref").Attribute("idref", page.Id).EndEmpty().Line();
        }

        opf.End().Line();
    }
}
