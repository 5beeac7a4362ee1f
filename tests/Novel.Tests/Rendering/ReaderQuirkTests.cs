using System.Text.RegularExpressions;
using System.Xml.Linq;
using Novel.Tests.Support;

namespace Novel.Tests.Rendering;

/// <summary>
/// What picky reading systems need from a built book, checked on the EPUB itself (unzipped, read as XML): language
/// codes Send to Kindle accepts, an NCX beside the nav for EPUB 2 readers, chapter files small enough for old
/// devices, CSS that e-ink engines and Kindle understand, the reader's own font size and colours left alone, and a
/// language on every paragraph so each gets the right font and hyphenation.
/// </summary>
public sealed partial class ReaderQuirkTests(BuiltEpubs epubs) : IClassFixture<BuiltEpubs>
{
    /// <summary>Older Kindles and Adobe RMSDK choke on chapter files larger than this.</summary>
    private const int MaxChapterBytes = 250 * 1024;

    private static readonly string[] SendToKindleLanguages = ["zh", "zh-Hans", "zh-Hant", "en"];

    public static TheoryData<string> Books => RenderTestBooks.Names;

    [Theory]
    [MemberData(nameof(Books))]
    public void DcLanguages_AreCodesSendToKindleAccepts_OriginalFirst(string book) => CheckLanguages(epubs.Get(book), RenderTestBooks.Get(book).ExpectedChapters);

    internal static void CheckLanguages(EpubPackage package, int expectedChapters)
    {

        Assert.NotEmpty(package.Languages);
        Assert.All(package.Languages, language => Assert.Contains(language, SendToKindleLanguages));
        Assert.StartsWith("zh", package.Languages[0], StringComparison.Ordinal);
        Assert.Contains("en", package.Languages);
    }

    [Theory]
    [MemberData(nameof(Books))]
    public void NavAndNcx_ArePresent_AndListPagesInSpineOrder(string book) => CheckNavAndNcx(epubs.Get(book), RenderTestBooks.Get(book).ExpectedChapters);

    internal static void CheckNavAndNcx(EpubPackage package, int expectedChapters)
    {
        var spine = package.Spine.Select(s => s.Path).ToList();

        var nav = Assert.Single(package.Manifest, m => m.Properties.Split(' ').Contains("nav"));
        var toc = package.Xml(nav.Path).Descendants(EpubPackage.Xhtml + "nav")
            .Single(n => (n.Attribute(EpubPackage.Ops + "type")?.Value ?? "").Split(' ').Contains("toc"));
        var navTargets = toc.Descendants(EpubPackage.Xhtml + "a")
            .Select(a => EpubPackage.Resolve(nav.Path, a.Attribute("href")!.Value)).ToList();

        Assert.NotNull(package.SpineTocId);
        var ncxItem = package.Manifest.Single(m => m.Id == package.SpineTocId);
        Assert.Equal("application/x-dtbncx+xml", ncxItem.MediaType);
        var navPoints = package.Xml(ncxItem.Path).Descendants(EpubPackage.Ncx + "navPoint").ToList();
        var ncxTargets = navPoints
            .Select(p => EpubPackage.Resolve(ncxItem.Path, p.Element(EpubPackage.Ncx + "content")!.Attribute("src")!.Value)).ToList();
        var playOrders = navPoints.Select(p => int.Parse(p.Attribute("playOrder")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.True(navTargets.Count >= expectedChapters, $"the nav lists {navTargets.Count} entries");
        Assert.Equal(navTargets, ncxTargets);
        AssertInSpineOrder("nav", navTargets, spine);
        AssertInSpineOrder("NCX", ncxTargets, spine);
        Assert.Equal(playOrders.Order().ToList(), playOrders);
        Assert.Equal(playOrders.Count, playOrders.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Books))]
    public void ChapterFiles_AreAtMost250KB(string book) => CheckChapterSizes(epubs.Get(book), RenderTestBooks.Get(book).ExpectedChapters);

    internal static void CheckChapterSizes(EpubPackage package, int expectedChapters)
    {

        var tooLarge = package.Spine
            .Where(item => package.Bytes(item.Path).Length > MaxChapterBytes)
            .Select(item => $"{item.Path}: {package.Bytes(item.Path).Length} bytes")
            .ToList();

        Assert.NotEmpty(package.Spine);
        Assert.True(tooLarge.Count == 0, "over 250 KB: " + string.Join(", ", tooLarge));
    }

    [Theory]
    [MemberData(nameof(Books))]
    public void Stylesheets_UseNoMediaQueriesFunctionsOrCustomProperties(string book) => CheckStylesheetFeatures(epubs.Get(book), RenderTestBooks.Get(book).ExpectedChapters);

    internal static void CheckStylesheetFeatures(EpubPackage package, int expectedChapters)
    {
        var styles = Stylesheets(package).ToList();

        Assert.NotEmpty(styles);
        foreach (var (where, css) in styles)
        {
            var code = CssComment().Replace(css, "");
            foreach (var forbidden in new[] { "@media", "calc(", "var(", "min(", "max(", "clamp(", "--" })
            {
                Assert.False(code.Contains(forbidden, StringComparison.OrdinalIgnoreCase), $"{where} uses {forbidden}, which e-ink engines and Kindle drop");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Books))]
    public void Stylesheets_LeaveTheReadersFontSizeAndColours(string book) => CheckReaderSettingsLeftAlone(epubs.Get(book), RenderTestBooks.Get(book).ExpectedChapters);

    internal static void CheckReaderSettingsLeftAlone(EpubPackage package, int expectedChapters)
    {

        foreach (var (where, css) in Stylesheets(package))
        {
            foreach (Match rule in CssRule().Matches(CssComment().Replace(css, "")))
            {
                var selectors = rule.Groups["selectors"].Value.Split(',').Select(s => s.Trim()).ToList();
                var declarations = rule.Groups["body"].Value;
                Assert.DoesNotContain("!important", declarations, StringComparison.Ordinal);
                if (selectors.Any(s => BodyTextSelector().IsMatch(s)))
                {
                    Assert.False(ForcedFontSizeOrColour().IsMatch(declarations), $"{where}: `{rule.Value.Trim()}` forces the body text's font size or colour");
                }
            }
        }

        foreach (var item in package.Spine)
        {
            foreach (var element in package.Xml(item.Path).Descendants().Where(e => e.Name.LocalName is "body" or "html" or "p" or "div" or "section"))
            {
                var style = element.Attribute("style")?.Value ?? "";
                Assert.False(ForcedFontSizeOrColour().IsMatch(style), $"{item.Path}: <{element.Name.LocalName} style=\"{style}\">");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Books))]
    public void EveryParagraph_HasALanguageTheBookDeclares(string book) => CheckParagraphLanguages(epubs.Get(book), RenderTestBooks.Get(book).ExpectedChapters);

    internal static void CheckParagraphLanguages(EpubPackage package, int expectedChapters)
    {
        var declared = package.Languages;
        var paragraphs = 0;

        foreach (var item in package.Spine)
        {
            foreach (var p in package.Xml(item.Path).Descendants(EpubPackage.Xhtml + "p"))
            {
                paragraphs++;
                var lang = p.Attribute("lang")?.Value;
                var line = ((System.Xml.IXmlLineInfo)p).LineNumber;
                Assert.False(string.IsNullOrWhiteSpace(lang), $"{item.Path} line {line}: <p> without lang: {Shorten(p.Value)}");
                Assert.Contains(lang!, declared);
                var xmlLang = p.Attribute(EpubPackage.XmlNamespace + "lang")?.Value;
                Assert.True(xmlLang is null || xmlLang == lang, $"{item.Path} line {line}: lang=\"{lang}\" but xml:lang=\"{xmlLang}\"");
            }
        }

        Assert.True(paragraphs >= 2 * expectedChapters, $"only {paragraphs} paragraphs in the spine");
    }

    public static TheoryData<string, string> QuirksAndTheirChecks => new()
    {
        { QuirkyEpub.UnacceptedLanguage, nameof(CheckLanguages) },
        { QuirkyEpub.TocOutOfOrder, nameof(CheckNavAndNcx) },
        { QuirkyEpub.HugeChapter, nameof(CheckChapterSizes) },
        { QuirkyEpub.MediaQuery, nameof(CheckStylesheetFeatures) },
        { QuirkyEpub.ForcedFontSize, nameof(CheckReaderSettingsLeftAlone) },
        { QuirkyEpub.ParagraphWithoutLang, nameof(CheckParagraphLanguages) },
    };

    [Theory]
    [MemberData(nameof(QuirksAndTheirChecks))]
    public void EachCheck_PassesAPlainBook_AndCatchesItsQuirk(string quirk, string check)
    {
        using var temp = new TempDirectory();
        var plain = EpubPackage.Open(QuirkyEpub.Write(temp.Combine("plain.epub"), quirk: null));
        var quirky = EpubPackage.Open(QuirkyEpub.Write(temp.Combine(quirk + ".epub"), quirk));
        Action<EpubPackage, int> run = check switch
        {
            nameof(CheckLanguages) => CheckLanguages,
            nameof(CheckNavAndNcx) => CheckNavAndNcx,
            nameof(CheckChapterSizes) => CheckChapterSizes,
            nameof(CheckStylesheetFeatures) => CheckStylesheetFeatures,
            nameof(CheckReaderSettingsLeftAlone) => CheckReaderSettingsLeftAlone,
            _ => CheckParagraphLanguages,
        };

        run(plain, 2);
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => run(quirky, 2));
    }

    private static void AssertInSpineOrder(string what, IReadOnlyList<string> targets, IReadOnlyList<string> spine)
    {
        var positions = targets.Select(t => (Target: t, Position: spine.ToList().IndexOf(t))).ToList();
        Assert.All(positions, p => Assert.True(p.Position >= 0, $"{what} points to {p.Target}, which is not in the spine"));
        for (var i = 1; i < positions.Count; i++)
        {
            Assert.True(positions[i].Position >= positions[i - 1].Position, $"{what} lists {positions[i].Target} after {positions[i - 1].Target}, against the spine's order");
        }
    }

    private static IEnumerable<(string Where, string Css)> Stylesheets(EpubPackage package)
    {
        foreach (var css in package.Manifest.Where(m => m.MediaType == "text/css"))
        {
            yield return (css.Path, package.Text(css.Path));
        }

        foreach (var item in package.Manifest.Where(m => m.MediaType == "application/xhtml+xml"))
        {
            foreach (var style in package.Xml(item.Path).Descendants(EpubPackage.Xhtml + "style"))
            {
                yield return (item.Path + " <style>", style.Value);
            }
        }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex CssComment();

    [GeneratedRegex(@"(?<selectors>[^{}]+)\{(?<body>[^}]*)\}")]
    private static partial Regex CssRule();

    /// <summary>Selectors that style running text as a whole: html, body, and bare or classed p/div/section.</summary>
    [GeneratedRegex(@"^(html|body|p|div|section)(\.[\w-]+)*$", RegexOptions.IgnoreCase)]
    private static partial Regex BodyTextSelector();

    [GeneratedRegex(@"(^|[;\s])(font-size\s*:\s*[\d.]+(px|pt|cm|mm|in)|color\s*:|background(-color)?\s*:|font\s*:)", RegexOptions.IgnoreCase)]
    private static partial Regex ForcedFontSizeOrColour();
}
