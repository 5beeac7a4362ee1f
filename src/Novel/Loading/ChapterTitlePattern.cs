using System.Text;
using System.Text.RegularExpressions;

namespace Novel.Loading;

/// <summary>
/// Recognises chapter and volume title lines: <c>第N章/回/节/集/话 …</c> and <c>第N卷/部/篇 …</c> with Chinese,
/// Arabic or full-width numerals, and unnumbered titles (<c>序章</c>, <c>序言</c>, <c>楔子</c>, <c>引子</c>,
/// <c>番外…</c>, <c>尾声</c>, <c>后记</c>…). Body lines that merely start like a title are refused: <c>第四回中既將…</c>
/// (no separator after a <c>回</c>), <c>第三部分</c>, <c>第二回了．…</c>, and lines whose name reads as a sentence
/// (too long, containing <c>。</c>, or ending with <c>，</c> or a full stop).
/// </summary>
public static partial class ChapterTitlePattern
{
    private const int MaxNameLength = 40;
    private const int MaxDirectNameLength = 20;
    private const string Separators = "：:、.．·・—–-_|｜";

    private static readonly string[] StoryOpenings = ["話說", "话说", "卻說", "却說", "却说", "且說", "且说", "話分", "话分"];

    /// <summary>Recognises a title line.</summary>
    /// <param name="line">One line of text, with or without surrounding whitespace.</param>
    /// <returns>The title, or null when the line is not one.</returns>
    public static TitleLine? Match(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var trimmed = line.AsSpan().Trim(LineText.Blanks);
        if (trimmed.IsEmpty || trimmed.Length > 80 || !CanStartTitle(trimmed[0]))
        {
            return null;
        }

        var text = trimmed.ToString();
        return MatchNumbered(text) ?? MatchSpecial(text) ?? MatchEnglish(text);
    }

    /// <summary>
    /// False when <see cref="Match"/> would refuse the line at once (empty, too long, or a first character no title
    /// starts with): lets a caller skip copying most lines into strings.
    /// </summary>
    internal static bool MayMatch(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim(LineText.Blanks);
        return !trimmed.IsEmpty && trimmed.Length <= 80 && CanStartTitle(trimmed[0]);
    }

    /// <summary>True when the line is a chapter, volume or unnumbered title.</summary>
    /// <param name="line">One line of text.</param>
    /// <returns>Whether <see cref="Match"/> recognises it.</returns>
    public static bool IsTitle(string line) => Match(line) is not null;

    private static bool CanStartTitle(char c) => c is '第' or '序' or '楔' or '引' or '前' or '番' or '尾' or '后' or '後' or '终' or '終' or '外' or '正' or '完' or 'C';

    private static TitleLine? MatchNumbered(string text)
    {
        var m = NumberedTitle().Match(text);
        if (!m.Success || ChineseNumber.Parse(m.Groups["num"].Value) is not { } number)
        {
            return null;
        }

        var unit = m.Groups["unit"].Value[0];
        var rest = m.Groups["rest"].Value;
        if (unit == '部' && rest.StartsWith('分'))
        {
            return null; // 第三部分: "part three" in a sentence
        }

        var kind = unit is '卷' or '部' or '篇' ? TitleKind.Volume : TitleKind.Chapter;
        var allowsDirectName = unit is '章' or '节' or '節' or '话' or '話' or '集' or '卷';
        var title = Build(kind, number, m.Groups["label"].Value, rest, allowsDirectName);
        return title is { Kind: TitleKind.Volume } volume ? WithChapterInside(volume) : title;
    }

    /// <summary><c>第一卷 风起 第一章 开端</c>: the chapter title, carrying the volume heading that stood before it.</summary>
    private static TitleLine WithChapterInside(TitleLine volume)
    {
        var name = volume.Name;
        for (var at = name.IndexOf('第'); at >= 0; at = name.IndexOf('第', at + 1))
        {
            if ((at == 0 || char.IsWhiteSpace(name[at - 1])) && MatchNumbered(name[at..]) is { Kind: TitleKind.Chapter } chapter)
            {
                var volumeName = name[..at].TrimEnd();
                var volumeText = volumeName.Length == 0 ? volume.Label : volume.Text[..(volume.Text.Length - name.Length + at)].TrimEnd(LineText.Blanks);
                return chapter with { Volume = volumeText };
            }
        }

        return volume;
    }

    private static TitleLine? MatchSpecial(string text)
    {
        var m = SpecialTitle().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var label = m.Groups["label"].Value;
        var rest = m.Groups["rest"].Value;
        if (label is "番外" or "外传" or "外傳")
        {
            // 番外一, 番外篇, 番外之…: the tail belongs to the label.
            var tail = LeadingLabelTail().Match(rest);
            label += tail.Value;
            rest = rest[tail.Length..];
            return Build(TitleKind.Special, null, label, rest, allowsDirectName: tail.Length > 0);
        }

        return Build(TitleKind.Special, null, label, rest, allowsDirectName: false);
    }

    /// <summary>English headings as translations and Project Gutenberg texts write them: <c>CHAPTER XXVII.</c>, <c>Chapter 12: The Ferry</c>.</summary>
    private static TitleLine? MatchEnglish(string text)
    {
        var m = EnglishTitle().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var numeral = m.Groups["num"].Value;
        var number = char.IsAsciiDigit(numeral[0]) ? ChineseNumber.Parse(numeral) : RomanNumeral.Parse(numeral);
        var rest = m.Groups["rest"].Value;
        var name = rest.TrimStart(' ', '\t', ':', '.', '-', '—').Trim();
        if (number is null || (rest.Length > 0 && name.Length == 0 && rest.Trim() is not ("." or ":"))
            || (name.Length > 0 && (char.IsLower(name[0]) || name.Length > 80 || name[^1] is ',' or ';' or '.' && !name.EndsWith("...", StringComparison.Ordinal)))
            || (rest.Length > 0 && !char.IsWhiteSpace(rest[0]) && rest[0] is not ('.' or ':' or '-' or '—')))
        {
            return null;
        }

        var label = m.Groups["label"].Value + (name.Length == 0 ? rest.Trim() : string.Empty);
        return new TitleLine(TitleKind.Chapter, number, label, name, name.Length == 0 ? label : label + ": " + name);
    }

    private static TitleLine? Build(TitleKind kind, int? number, string label, string rest, bool allowsDirectName)
    {
        if (rest.Length == 0)
        {
            return new TitleLine(kind, number, label, string.Empty, label);
        }

        var separated = char.IsWhiteSpace(rest[0]) || Separators.Contains(rest[0]);
        if (!separated && !allowsDirectName)
        {
            return null;
        }

        var separator = LeadingSeparator(rest);
        var (name, spill) = SplitSpill(rest[separator.Length..]);
        if (!IsPlausibleName(name, separated))
        {
            return null;
        }

        var shownSeparator = name.Length == 0 ? string.Empty : ShownSeparator(separator);
        return new TitleLine(kind, number, label, name, label + shownSeparator + name, spill);
    }

    private static string LeadingSeparator(string rest)
    {
        var i = 0;
        while (i < rest.Length && (char.IsWhiteSpace(rest[i]) || Separators.Contains(rest[i])))
        {
            i++;
        }

        return rest[..i];
    }

    private static string ShownSeparator(string separator)
    {
        var punctuation = separator.Trim(LineText.Blanks);
        if (punctuation.Length > 0)
        {
            return punctuation is "：" or ":" ? "：" : " ";
        }

        return separator.Contains('\u3000') ? "\u3000" : separator.Length > 0 ? " " : string.Empty;
    }

    /// <summary>Cuts story text a hard wrap left on the title line (<c>… 話說賈雨村…</c>, or a lone <c>話</c>).</summary>
    private static (string Name, string? Spill) SplitSpill(string rest)
    {
        var segments = WhitespaceRun().Split(rest.Trim(LineText.Blanks));
        for (var i = 1; i < segments.Length; i++)
        {
            var segment = segments[i];
            var opensStory = StoryOpenings.Any(o => segment.StartsWith(o, StringComparison.Ordinal));
            var lonePrefix = i == segments.Length - 1 && segment.Length == 1 && StoryOpenings.Any(o => o[0] == segment[0]);
            if (opensStory || lonePrefix)
            {
                return (CollapseWhitespace(string.Join(' ', segments[..i]), rest), string.Join(' ', segments[i..]));
            }
        }

        return (CollapseWhitespace(rest.Trim(LineText.Blanks), rest), null);
    }

    private static bool IsPlausibleName(string name, bool separated)
    {
        if (name.Length == 0)
        {
            return true;
        }

        if (name.Length > (separated ? MaxNameLength : MaxDirectNameLength) || name.Contains('。'))
        {
            return false;
        }

        if (!separated && name.IndexOfAny(['，', ',', '．', '；', ';', '：', ':']) >= 0)
        {
            return false;
        }

        return !name.EndsWith('，') && !name.EndsWith(',') && !name.EndsWith('．') && !name.EndsWith('；') && !name.EndsWith(';')
            && !name.EndsWith('、');
    }

    /// <summary>Collapses each whitespace run to one space: an ideographic space when the line used them, else ASCII.</summary>
    private static string CollapseWhitespace(string name, string original)
    {
        var space = original.Contains('\u3000') ? '\u3000' : ' ';
        var builder = new StringBuilder(name.Length);
        var inSpace = false;
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c))
            {
                inSpace = true;
                continue;
            }

            if (inSpace && builder.Length > 0)
            {
                builder.Append(space);
            }

            inSpace = false;
            builder.Append(c);
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^(?<label>第[\s\u3000]{0,2}(?<num>[" + ChineseNumber.Characters + @"]{1,12})[\s\u3000]{0,2}(?<unit>[章回节節卷集部篇话話]))(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedTitle();

    [GeneratedRegex(@"^(?<label>序章|序言|序幕|序|楔子|引子|引言|前言|番外|外传|外傳|尾声|尾聲|后记|後記|终章|終章|正文完|完本感言)(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex SpecialTitle();

    [GeneratedRegex(@"^(?:篇|之)?[" + ChineseNumber.Characters + @"]{0,6}(?:篇)?", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingLabelTail();

    [GeneratedRegex(@"^(?<label>(?:CHAPTER|Chapter)\s+(?<num>[IVXLCDM]{1,12}|[0-9]{1,4}))(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishTitle();

    [GeneratedRegex(@"[\s\u3000]+", RegexOptions.CultureInvariant)]
    private static partial Regex WhitespaceRun();
}
