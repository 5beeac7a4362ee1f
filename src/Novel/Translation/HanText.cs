using System.Text;

namespace Novel.Translation;

/// <summary>Counts Chinese (Han) characters, to tell text that still needs translating from text that does not.</summary>
internal static class HanText
{
    /// <summary>True when the text has at least one Han character.</summary>
    public static bool Contains(string text) => text.EnumerateRunes().Any(IsHan);

    /// <summary>
    /// True when Han characters carry a large share of the text: more than one for every three Latin letters.
    /// A term kept in brackets after its English ("Meng Fanqi (孟繁岐)") passes; a reply left in Chinese does not.
    /// </summary>
    public static bool IsMostlyChinese(string text)
    {
        var han = 0;
        var letters = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsHan(rune))
            {
                han++;
            }
            else if (Rune.IsLetter(rune) && rune.Value < 0x2E80)
            {
                letters++;
            }
        }

        return han > 0 && han * 3 > letters;
    }

    private static bool IsHan(Rune rune) => rune.Value switch
    {
        >= 0x4E00 and <= 0x9FFF => true, // CJK Unified Ideographs
        >= 0x3400 and <= 0x4DBF => true, // Extension A
        >= 0xF900 and <= 0xFAFF => true, // Compatibility Ideographs
        >= 0x20000 and <= 0x323AF => true, // Extensions B to H
        _ => false,
    };
}
