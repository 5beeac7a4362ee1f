using System.Text.Encodings.Web;
using System.Text.Json;
using Novel.Cleaning;

namespace Novel.Building;

/// <summary>
/// Writes the build's JSON report: the cleaning report (every line removed, cut, repaired, joined or split, with its
/// rule and file:line) and, per chapter, how its translation was paired and which beads are uncertain.
/// </summary>
public static class BuildReport
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the report for an assembled book to <paramref name="path"/>, atomically.</summary>
    public static void Write(string path, AssembledBook book) => Write(path, book, []);

    /// <summary>Writes the report for an assembled book and the books built from it to <paramref name="path"/>, atomically.</summary>
    public static void Write(string path, AssembledBook book, IReadOnlyList<string> outputs) =>
        AtomicFileWriter.Write(path, stream => Write(stream, book, outputs));

    /// <summary>Writes the report for an assembled book to a stream.</summary>
    public static void Write(Stream stream, AssembledBook book) => Write(stream, book, []);

    /// <summary>Writes the report for an assembled book and the books built from it (every file written, in order) to a stream.</summary>
    public static void Write(Stream stream, AssembledBook book, IReadOnlyList<string> outputs)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        using var writer = new Utf8JsonWriter(stream, Options);
        writer.WriteStartObject();
        writer.WriteStartArray("outputs");
        foreach (var output in outputs)
        {
            writer.WriteStringValue(output);
        }

        writer.WriteEndArray();
        writer.WritePropertyName("cleaning");
        using (var cleaning = JsonDocument.Parse(new CleaningReport(book.Chapters.Select(c => c.Cleaned), book.LoadEvents).ToJson()))
        {
            cleaning.WriteTo(writer);
        }

        writer.WriteStartArray("chapters");
        foreach (var chapter in book.Chapters)
        {
            writer.WriteStartObject();
            writer.WriteNumber("number", chapter.Chapter.Number);
            writer.WriteString("title", chapter.Chapter.Title);
            writer.WriteString("translatedTitle", chapter.Chapter.TranslatedTitle);
            writer.WriteString("file", chapter.Chapter.Source.File);
            writer.WriteString("translation", chapter.TranslationFile);
            writer.WriteNumber("paragraphs", chapter.Chapter.Pairs.Sum(p => p.Original.Count));
            writer.WriteNumber("untranslated", chapter.Chapter.Pairs.Where(p => p.Translation.Count == 0).Sum(p => p.Original.Count));
            if (chapter.Pairing is { } pairing)
            {
                writer.WriteNumber("confidence", Math.Round(pairing.Confidence, 3));
                writer.WriteBoolean("misaligned", pairing.Misaligned);
                writer.WriteStartArray("lowConfidenceBeads");
                foreach (var bead in pairing.LowConfidenceBeads)
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("confidence", Math.Round(bead.Confidence, 3));
                    writer.WriteString("original", string.Join("\n", bead.Original.Select(p => p.Text)));
                    writer.WriteString("originalAt", bead.Original.Count > 0 ? bead.Original[0].Source.ToString() : null);
                    writer.WriteString("translation", string.Join("\n", bead.Translation.Select(p => p.Text)));
                    writer.WriteString("translationAt", bead.Translation.Count > 0 ? bead.Translation[0].Source.ToString() : null);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
