using System.Text.Json;
using System.Text.RegularExpressions;

namespace Novel.Translation;

/// <summary>
/// Reads the translations out of a reply, whether the server honoured the JSON response format or not: it drops
/// <c>&lt;think&gt;</c> blocks and code fences, finds the JSON object in surrounding prose, and accepts
/// <c>{"translations":[{"id":1,"text":…}]}</c>, <c>{"translations":{"1":…}}</c> or <c>{"1":…}</c>.
/// </summary>
internal static partial class BatchResponseParser
{
    /// <summary>The (id, text) entries in reply order, or null with a reason when no such object can be read.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>>? Parse(string reply, out string problem)
    {
        problem = "";
        var text = ThinkBlock().Replace(reply, "");
        foreach (var candidate in Candidates(text))
        {
            try
            {
                using var document = JsonDocument.Parse(candidate, new JsonDocumentOptions { AllowTrailingCommas = true });
                if (Entries(document.RootElement) is { } entries)
                {
                    return entries;
                }

                problem = problem.Length > 0 ? problem : "the JSON has no translations in the expected shape";
            }
            catch (JsonException)
            {
                // The widest candidate comes first: its problem is the one that describes the reply.
                problem = problem.Length > 0 ? problem : "the reply's JSON is cut off or malformed";
            }
        }

        problem = problem.Length > 0 ? problem : "the reply holds no JSON object";
        return null;
    }

    private static IEnumerable<string> Candidates(string text)
    {
        foreach (Match fence in CodeFence().Matches(text))
        {
            yield return fence.Groups[1].Value;
        }

        var last = text.LastIndexOf('}');
        var first = text.IndexOf('{');
        for (var start = first; start >= 0 && start < last; start = text.IndexOf('{', start + 1))
        {
            yield return text[start..(last + 1)];
            if (start - first > 2000)
            {
                yield break;
            }
        }
    }

    private static List<KeyValuePair<string, string>>? Entries(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var list = root.TryGetProperty("translations", out var translations) ? translations
            : root.TryGetProperty("paragraphs", out var paragraphs) ? paragraphs
            : root;
        var entries = new List<KeyValuePair<string, string>>();
        if (list.ValueKind == JsonValueKind.Array)
        {
            foreach (var element in list.EnumerateArray())
            {
                if (element.ValueKind != JsonValueKind.Object
                    || !element.TryGetProperty("id", out var id)
                    || !(element.TryGetProperty("text", out var value) || element.TryGetProperty("translation", out value))
                    || value.ValueKind != JsonValueKind.String)
                {
                    return null;
                }

                entries.Add(new(id.ValueKind == JsonValueKind.String ? id.GetString()! : id.GetRawText(), value.GetString()!));
            }

            return entries;
        }

        if (list.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in list.EnumerateObject())
            {
                if (property.Value.ValueKind != JsonValueKind.String)
                {
                    return null;
                }

                entries.Add(new(property.Name, property.Value.GetString()!));
            }

            return entries.Count > 0 ? entries : null;
        }

        return null;
    }

    [GeneratedRegex(@"<think>.*?</think>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ThinkBlock();

    [GeneratedRegex(@"```(?:json)?\s*(\{.*?\})\s*```", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex CodeFence();
}
