using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Novel.Epub;

/// <summary>The book's unique identifier: the one in its metadata, else a name-based UUID derived from title and author.</summary>
internal static class EpubIdentifier
{
    /// <summary>The namespace UUID under which Novel derives book identifiers.</summary>
    internal const string NovelNamespace = "3ef34c4b-b519-42ea-b75e-f023f3b4bc48";

    /// <summary>The metadata's identifier, or <c>urn:uuid:</c> followed by a UUID derived from title and author.</summary>
    public static string For(Model.BookMetadata metadata)
    {
        if (!string.IsNullOrWhiteSpace(metadata.Identifier))
        {
            return metadata.Identifier.Trim();
        }

        var name = metadata.Title.Normalize(NormalizationForm.FormC) + "\n" + (metadata.Author ?? "").Normalize(NormalizationForm.FormC);
        return "urn:uuid:" + NameBasedUuid(NovelNamespace, name);
    }

    /// <summary>
    /// The identifier of one volume of a book split every <paramref name="chaptersPerVolume"/> chapters: a name-based
    /// UUID in the book's own UUID namespace (or, for a book whose identifier is no UUID, in Novel's, named by that
    /// identifier), so that rebuilding the set gives every volume the same identifier and no two volumes share one.
    /// </summary>
    public static string ForVolume(string bookIdentifier, int chaptersPerVolume, int position)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"volume {position} of every {chaptersPerVolume} chapters");
        var uuid = bookIdentifier.StartsWith("urn:uuid:", StringComparison.OrdinalIgnoreCase) ? bookIdentifier["urn:uuid:".Length..] : bookIdentifier;
        return Guid.TryParse(uuid, out var guid)
            ? "urn:uuid:" + NameBasedUuid(guid.ToString("D"), name)
            : "urn:uuid:" + NameBasedUuid(NovelNamespace, bookIdentifier.Normalize(NormalizationForm.FormC) + "\n" + name);
    }

    /// <summary>A version-5 (SHA-1, name-based) UUID of <paramref name="name"/> in the namespace <paramref name="namespaceUuid"/> (RFC 9562).</summary>
    internal static string NameBasedUuid(string namespaceUuid, string name)
    {
        var namespaceBytes = Convert.FromHexString(namespaceUuid.Replace("-", "", StringComparison.Ordinal));
        var hash = SHA1.HashData([.. namespaceBytes, .. Encoding.UTF8.GetBytes(name)]);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(hash, 0, 16);
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }
}
