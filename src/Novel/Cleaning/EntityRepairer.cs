using System.Buffers;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Novel.Cleaning;

/// <summary>
/// Repairs markup that leaked into story text: HTML entities, double-escaped (<c>&amp;amp;nbsp;</c>) or not, the
/// <c>ampampbrampampgt</c> residue of stripped entities, and stray <c>&lt;br&gt;</c> tags. What stood for a line
/// break or a space becomes a space between Latin words and nothing between Chinese characters.
/// </summary>
internal static partial class EntityRepairer
{
    /// <summary>Rule id for decoded HTML entities.</summary>
    public const string EntityDecodeRule = "entity-decode";

    /// <summary>Rule id for removed <c>amp</c>/<c>lt</c>/<c>gt</c>/<c>br</c>/<c>nbsp</c> residue.</summary>
    public const string EntityResidueRule = "entity-residue";

    /// <summary>Rule id for removed stray HTML tags.</summary>
    public const string HtmlTagRule = "html-tag";

    // Stands for "a space here, if the neighbours are Latin words" until the final pass.
    private const char SpaceMark = '\u0001';

    private static readonly SearchValues<string> Triggers =
        SearchValues.Create(["&", "<", "amp", "nbsp", "ltbr"], StringComparison.Ordinal);

    /// <summary>Returns the repaired text (the same instance when nothing needed repair) and adds what it found to <paramref name="findings"/>.</summary>
    public static string Repair(string text, List<RepairFinding> findings)
    {
        if (text.AsSpan().IndexOfAny(Triggers) < 0)
        {
            return text;
        }

        var repaired = text;
        repaired = Replace(repaired, EntityPattern(), EntityDecodeRule, DecodeEntity, findings);
        repaired = Replace(repaired, TagPattern(), HtmlTagRule, static _ => SpaceMark.ToString(), findings);
        repaired = Replace(repaired, ResiduePattern(), EntityResidueRule, static _ => SpaceMark.ToString(), findings);
        return ReferenceEquals(repaired, text) ? text : ResolveSpaceMarks(repaired);
    }

    private static string Replace(string text, Regex pattern, string ruleId, Func<Match, string> replacement, List<RepairFinding> findings)
    {
        var match = pattern.Match(text);
        if (!match.Success)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var fragments = new List<string>();
        var last = 0;
        for (; match.Success; match = match.NextMatch())
        {
            var value = replacement(match);
            if (value == match.Value)
            {
                continue;
            }

            builder.Append(text, last, match.Index - last).Append(value);
            fragments.Add(match.Value);
            last = match.Index + match.Length;
        }

        if (fragments.Count == 0)
        {
            return text;
        }

        builder.Append(text, last, text.Length - last);
        findings.Add(new RepairFinding(ruleId, string.Join(" ", fragments)));
        return builder.ToString();
    }

    private static string DecodeEntity(Match match)
    {
        var name = match.Groups["name"].Value;
        var decoded = WebUtility.HtmlDecode("&" + name + ";");
        if (decoded.Length == 0 || decoded == "&" + name + ";")
        {
            return match.Value;
        }

        return decoded.Length == 1 && char.IsWhiteSpace(decoded[0]) ? SpaceMark.ToString() : decoded;
    }

    private static string ResolveSpaceMarks(string text)
    {
        if (!text.Contains(SpaceMark, StringComparison.Ordinal))
        {
            return text.Trim();
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != SpaceMark)
            {
                builder.Append(text[i]);
                continue;
            }

            var end = i;
            while (end < text.Length && (text[end] == SpaceMark || text[end] == ' '))
            {
                end++;
            }

            while (builder.Length > 0 && builder[^1] == ' ')
            {
                builder.Length--;
            }

            var before = builder.Length > 0 ? builder[^1] : '\0';
            var after = end < text.Length ? text[end] : '\0';
            var latinBefore = LineShape.IsAsciiWord(before) || before is '.' or ',' or '!' or '?' or ';' or ':';
            if (latinBefore && LineShape.IsAsciiWord(after))
            {
                builder.Append(' ');
            }

            i = end - 1;
        }

        return builder.ToString().Trim();
    }

    // &nbsp; &amp;nbsp; &amp;amp;ldquo; &#12288; &#x3000; and the common names without their semicolon.
    [GeneratedRegex(@"&(?:amp;)*(?:(?<name>#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,9});|(?<name>nbsp|amp|lt|gt|quot|apos|ldquo|rdquo|lsquo|rsquo|hellip|mdash|middot|emsp|ensp))", RegexOptions.CultureInvariant)]
    private static partial Regex EntityPattern();

    [GeneratedRegex(@"<\s*/?\s*(?:br|p|div|span|font|b|i|strong|em)\b[^<>]{0,80}>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TagPattern();

    // The letters left when '&' and ';' were stripped: ampampbrampampgt, ampnbsp, ltbrgt, nbspnbsp.
    [GeneratedRegex(@"(?<![A-Za-z])(?:amp(?:amp|lt|gt|br|nbsp|quot|apos)+|(?:amp)*lt(?:amp)*br(?:amp)*gt|(?:nbsp)+)(?![A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex ResiduePattern();
}
