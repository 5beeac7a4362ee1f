using System.Security.Cryptography;
using System.Text;

namespace Novel.Tests.Translation;

/// <summary>
/// The fake server's translation: deterministic from the source, so a test can tell which original a translation
/// belongs to, and using the glossary's English for terms the source contains.
/// </summary>
internal static class FakeTranslation
{
    public static string Of(string source, IReadOnlyDictionary<string, string> glossary)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source)))[..12];
        var names = glossary.Where(g => source.Contains(g.Key, StringComparison.Ordinal)).Select(g => g.Value);
        return string.Join(" ", [$"EN({hash}) The passage reads well in English.", .. names]).Trim();
    }
}
