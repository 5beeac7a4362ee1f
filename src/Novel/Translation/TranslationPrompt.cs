using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Novel.Translation;

/// <summary>
/// The messages sent for a batch: a system prompt from the embedded template <c>Resources/Translation/system-prompt.txt</c>,
/// and a user message that is a JSON object of chapter title, context, glossary and numbered paragraphs.
/// </summary>
internal sealed class TranslationPrompt
{
    private static readonly string Template = ReadTemplate();
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Creates the prompt for translating from one language into another (BCP 47 codes).</summary>
    public TranslationPrompt(string sourceLanguage, string targetLanguage)
    {
        System = Template.Replace("{source}", LanguageName(sourceLanguage), StringComparison.Ordinal)
            .Replace("{target}", LanguageName(targetLanguage), StringComparison.Ordinal);
    }

    /// <summary>
    /// The prompt version that keys the translation memory: it changes whenever the template or the request layout
    /// changes, so old translations are not reused for a different prompt.
    /// </summary>
    public static string Version { get; } = "p1-" + TranslationMemoryKey.Sha256Hex(Template)[..12];

    /// <summary>The system message.</summary>
    public string System { get; }

    /// <summary>The user message for a batch: a JSON object whose paragraph ids are 1, 2, … in batch order.</summary>
    public static string User(TranslationBatch batch)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            if (batch.ChapterTitle is not null)
            {
                writer.WriteString("chapter", batch.ChapterTitle);
            }
            else
            {
                writer.WriteString("note", "These are chapter titles; translate each as a title.");
            }

            writer.WriteStartArray("context");
            foreach (var paragraph in batch.Context)
            {
                writer.WriteStringValue(paragraph);
            }

            writer.WriteEndArray();
            writer.WriteStartObject("glossary");
            foreach (var term in batch.Terms)
            {
                writer.WriteString(term.Term, term.English);
            }

            writer.WriteEndObject();
            writer.WriteStartArray("paragraphs");
            for (var i = 0; i < batch.Items.Count; i++)
            {
                writer.WriteStartObject();
                writer.WriteNumber("id", i + 1);
                writer.WriteString("text", batch.Items[i].Source);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string LanguageName(string code)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(code);
            var name = culture.Parent is { Name.Length: > 0 } parent ? parent.EnglishName : culture.EnglishName;
            return name.StartsWith("Unknown", StringComparison.Ordinal) ? code : name;
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }

    private static string ReadTemplate()
    {
        var assembly = typeof(TranslationPrompt).Assembly;
        var name = assembly.GetManifestResourceNames()
            .Single(n => n.Replace('\\', '/').EndsWith("Translation/system-prompt.txt", StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!, Encoding.UTF8);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
