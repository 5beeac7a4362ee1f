using System.Text;
using System.Text.RegularExpressions;

namespace Novel.Loading;

/// <summary>Reads the encoding an HTML page declares (<c>&lt;meta charset&gt;</c> or an http-equiv content type) from its first bytes.</summary>
internal static partial class HtmlCharset
{
    private const int SniffLength = 4096;

    /// <summary>The declared charset name, or null when the page declares none.</summary>
    public static string? Declared(byte[] bytes)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, SniffLength));
        var m = MetaCharset().Match(head);
        return m.Success ? m.Groups["name"].Value : null;
    }

    [GeneratedRegex(@"<meta[^>]+?charset\s*=\s*[""']?\s*(?<name>[A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
