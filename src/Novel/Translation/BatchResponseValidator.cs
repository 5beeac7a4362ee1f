using System.Globalization;
using System.Text.RegularExpressions;

namespace Novel.Translation;

/// <summary>
/// Accepts a reply only when it answers the batch exactly: every id once, no id missing or extra, no text empty,
/// left in Chinese or a copy of its original. Anything less rejects the whole reply, so that a translation is never
/// attached to the wrong paragraph.
/// </summary>
internal static partial class BatchResponseValidator
{
    /// <summary>The translations in batch order, or null with the problems found.</summary>
    public static IReadOnlyList<string>? Validate(
        IReadOnlyList<TranslationItem> items,
        IReadOnlyList<KeyValuePair<string, string>> entries,
        out IReadOnlyList<string> problems)
    {
        var found = new List<string>();
        var byId = new string?[items.Count];
        foreach (var (idText, text) in entries)
        {
            if (!int.TryParse(idText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id < 1 || id > items.Count)
            {
                found.Add($"unexpected id '{idText}'");
            }
            else if (byId[id - 1] is not null)
            {
                found.Add($"id {id} appears more than once");
            }
            else
            {
                // One paragraph in, one paragraph out: line breaks inside a reply are folded into spaces.
                byId[id - 1] = LineBreaks().Replace(text.Trim(), " ");
            }
        }

        for (var i = 0; i < items.Count; i++)
        {
            var text = byId[i];
            var problem = text switch
            {
                null => "is missing",
                { Length: 0 } => "is empty",
                _ when IsEcho(items[i].Source, text) => "repeats the original",
                _ when HanText.IsMostlyChinese(text) => "is still in Chinese",
                _ => null,
            };
            if (problem is not null)
            {
                found.Add($"id {i + 1} {problem}");
            }
        }

        problems = found;
        return found.Count == 0 ? byId.Select(t => t!).ToList() : null;
    }

    private static bool IsEcho(string source, string translation) => Normalise(source) == Normalise(translation);

    private static string Normalise(string text) =>
        string.Concat(text.Where(char.IsLetterOrDigit)).ToUpperInvariant();

    [GeneratedRegex(@"\s*\n\s*")]
    private static partial Regex LineBreaks();
}
