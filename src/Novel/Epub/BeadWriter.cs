using Novel.Model;

namespace Novel.Epub;

/// <summary>
/// Writes one bead (an original paragraph or several with their translation) as the layout wants it: both sides in a
/// <c>&lt;div class="pair"&gt;</c>, one block a language, or a single side on its own.
/// </summary>
internal sealed class BeadWriter(BookLanguages languages)
{
    /// <summary>The class of translation paragraphs.</summary>
    public const string TranslationClass = "tr";

    /// <summary>The class of original paragraphs shown after their translation.</summary>
    public const string SecondOriginalClass = "orig";

    /// <summary>Writes <paramref name="pair"/>; writes nothing when the layout shows none of its sides.</summary>
    public void Write(EpubXmlWriter page, ParagraphPair pair)
    {
        var sides = Sides(pair).Where(s => s.Paragraphs.Count > 0).ToList();
        var paired = sides.Count > 1;
        if (paired)
        {
            var pairClass = languages.Layout == EpubLayout.BilingualTranslationFirst ? "pair tr-first" : "pair";
            page.Start("div").Attribute("class", pairClass).Line();
        }

        foreach (var side in sides)
        {
            foreach (var paragraph in side.Paragraphs)
            {
                ParagraphWriter.Write(page, paragraph, side.Language, side.ClassName);
            }
        }

        if (paired)
        {
            page.End().Line();
        }
    }

    /// <summary>The number of bytes <see cref="Write"/> adds to a page for <paramref name="pair"/>.</summary>
    public long Measure(ParagraphPair pair)
    {
        using var fragment = EpubXmlWriter.Fragment();
        Write(fragment, pair);
        return fragment.Length;
    }

    private IEnumerable<Side> Sides(ParagraphPair pair)
    {
        var original = new Side(pair.Original, languages.Original, null);
        var translation = new Side(pair.Translation, languages.Translation, TranslationClass);
        return languages.Layout switch
        {
            EpubLayout.Original => [original],
            EpubLayout.Translation => pair.Translation.Count > 0 ? [translation] : [original],
            EpubLayout.BilingualTranslationFirst => [translation, original with { ClassName = SecondOriginalClass }],
            _ => [original, translation],
        };
    }

    private sealed record Side(IReadOnlyList<Paragraph> Paragraphs, string Language, string? ClassName);
}
