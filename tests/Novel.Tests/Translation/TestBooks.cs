using Novel.Model;
using Novel.Translation;

namespace Novel.Tests.Translation;

/// <summary>Books of generated Chinese text for translator tests, and the check that a book came out right.</summary>
internal static class TestBooks
{
    public const string Hero = "孟繁岐";
    public const string RepeatedNote = "求月票！";

    private const string Pool = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处世车";

    public static readonly Glossary Glossary = new([new GlossaryEntry(Hero, "Meng Fanqi"), new GlossaryEntry("付院长", "Dean Fu")]);

    /// <summary>
    /// A book of <paramref name="chapters"/> × <paramref name="paragraphsPerChapter"/> paragraphs: distinct random Chinese,
    /// the hero's name in every seventh, a line without Chinese in every chapter, and the same author's note ending each chapter.
    /// </summary>
    public static Book Make(int chapters, int paragraphsPerChapter, int seed = 7)
    {
        var random = new Random(seed);
        var list = new List<Chapter>();
        for (var c = 1; c <= chapters; c++)
        {
            var file = $"{c:0000}.txt";
            var paragraphs = new List<Paragraph>();
            for (var p = 1; p <= paragraphsPerChapter; p++)
            {
                var source = new SourceLocation(file, p + 1);
                if (p == paragraphsPerChapter)
                {
                    paragraphs.Add(new Paragraph(RepeatedNote, source, ParagraphRole.AuthorNote));
                }
                else if (p == paragraphsPerChapter / 2)
                {
                    paragraphs.Add(new Paragraph("……", source));
                }
                else
                {
                    var length = random.Next(15, 90);
                    var text = new string(Enumerable.Range(0, length).Select(_ => Pool[random.Next(Pool.Length)]).ToArray());
                    paragraphs.Add(new Paragraph(p % 7 == 0 ? Hero + "说：“" + text + "。”" : text + "。", source));
                }
            }

            list.Add(Chapter.FromParagraphs(c, $"第{c}章 {Pool[c % Pool.Length]}{Pool[(c * 7) % Pool.Length]}", new SourceLocation(file, 1), paragraphs));
        }

        return new Book { Metadata = new BookMetadata { Title = "测试之书" }, Chapters = list };
    }

    /// <summary>The number of original paragraphs in the book.</summary>
    public static int ParagraphCount(Book book) => book.Chapters.Sum(c => c.Pairs.Count);

    /// <summary>What the fake server's translation of a text is (a copy when it holds no Chinese).</summary>
    public static string Expected(string source, Glossary glossary) =>
        source.Any(ch => ch >= 0x4E00 && ch <= 0x9FFF)
            ? FakeTranslation.Of(source, glossary.Entries.ToDictionary(e => e.Term, e => e.English))
            : source;

    /// <summary>Asserts that every bead and title has a translation, each the one made from its own original.</summary>
    public static void AssertFullyAndCorrectlyTranslated(Book book, Glossary glossary, bool titles = true)
    {
        foreach (var chapter in book.Chapters)
        {
            if (titles)
            {
                Assert.Equal(Expected(chapter.Title, glossary), chapter.TranslatedTitle);
            }

            foreach (var pair in chapter.Pairs)
            {
                var original = Assert.Single(pair.Original);
                var translation = Assert.Single(pair.Translation);
                Assert.Equal(Expected(original.Text, glossary), translation.Text);
                Assert.Equal(original.Role, translation.Role);
                Assert.True(MachineTranslation.IsMachineMade(translation));
            }
        }
    }
}
