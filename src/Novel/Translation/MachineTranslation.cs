using Novel.Model;

namespace Novel.Translation;

/// <summary>
/// How a machine translation is told apart from a human one without changing the model: its paragraphs' source
/// location names the model (<c>machine-translation:MODEL</c>) instead of a file.
/// </summary>
public static class MachineTranslation
{
    /// <summary>The prefix of the <see cref="SourceLocation.File"/> of a machine-made paragraph.</summary>
    public const string SourcePrefix = "machine-translation:";

    /// <summary>True when the paragraph was made by the machine translator.</summary>
    public static bool IsMachineMade(Paragraph paragraph) => paragraph.Source.File.StartsWith(SourcePrefix, StringComparison.Ordinal);

    /// <summary>The translation paragraph for an original, keeping its role; the model is named when known.</summary>
    internal static Paragraph Make(string text, Paragraph original, string? model) =>
        new(text, new SourceLocation(SourcePrefix + (model ?? "unknown"), 0), original.Role);
}
