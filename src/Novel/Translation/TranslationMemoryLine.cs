using System.Text.Encodings.Web;
using System.Text.Json;

namespace Novel.Translation;

/// <summary>
/// One line of the translation memory file: <c>{"key":…,"any":…,"model":…,"text":…,"check":…}</c>, where <c>check</c>
/// is a SHA-256 over the other fields, so a line cut short or altered is recognised and skipped.
/// </summary>
internal static class TranslationMemoryLine
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The line's bytes, newline included.</summary>
    public static byte[] Write(TranslationMemoryEntry entry, string model)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("key", entry.Key);
            writer.WriteString("any", entry.AnyModelKey);
            writer.WriteString("model", model);
            writer.WriteString("text", entry.Text);
            writer.WriteString("check", Check(entry.Key, entry.AnyModelKey, model, entry.Text));
            writer.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>Reads a line; false when it is not valid JSON, lacks a field or fails its check.</summary>
    public static bool TryRead(ReadOnlySpan<byte> line, out TranslationMemoryEntry entry)
    {
        entry = new TranslationMemoryEntry("", "", "");
        try
        {
            var reader = new Utf8JsonReader(line);
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !TryString(root, "key", out var key)
                || !TryString(root, "any", out var any)
                || !TryString(root, "model", out var model)
                || !TryString(root, "text", out var text)
                || !TryString(root, "check", out var check)
                || check != Check(key, any, model, text))
            {
                return false;
            }

            entry = new TranslationMemoryEntry(key, any, text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool TryString(JsonElement root, string name, out string value)
    {
        value = "";
        if (root.TryGetProperty(name, out var element) && element.ValueKind == JsonValueKind.String)
        {
            value = element.GetString()!;
            return true;
        }

        return false;
    }

    private static string Check(string key, string any, string model, string text) =>
        TranslationMemoryKey.Sha256Hex(key + "\n" + any + "\n" + model + "\n" + text)[..32];
}
