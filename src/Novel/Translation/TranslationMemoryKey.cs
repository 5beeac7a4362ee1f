using System.Security.Cryptography;
using System.Text;

namespace Novel.Translation;

/// <summary>
/// The key a translation is remembered under: a SHA-256 of everything that shapes it — the source text, the model,
/// the glossary entries that apply, the prompt version and the target language. Change any of them and the memory misses.
/// </summary>
internal static class TranslationMemoryKey
{
    /// <summary>The key for one source text.</summary>
    public static string For(string source, string model, IReadOnlyList<GlossaryEntry> terms, string promptVersion, string targetLanguage)
    {
        var text = new StringBuilder("novel-tm/1\n")
            .Append(promptVersion).Append('\n')
            .Append(model).Append('\n')
            .Append(targetLanguage).Append('\n');
        foreach (var term in terms.OrderBy(t => t.Term, StringComparer.Ordinal))
        {
            text.Append(term.Term).Append('\t').Append(term.English).Append('\n');
        }

        text.Append('\n').Append(source);
        return Sha256Hex(text.ToString());
    }

    /// <summary>The key for one source text whatever model translated it (for a build that names no model).</summary>
    public static string ForAnyModel(string source, IReadOnlyList<GlossaryEntry> terms, string promptVersion, string targetLanguage) =>
        For(source, "*", terms, promptVersion, targetLanguage);

    /// <summary>The lower-case hex SHA-256 of the text's UTF-8 bytes.</summary>
    public static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
