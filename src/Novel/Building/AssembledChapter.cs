using Novel.Cleaning;
using Novel.Model;
using Novel.Pairing;

namespace Novel.Building;

/// <summary>One chapter as the build assembled it, with what each stage reported about it.</summary>
/// <param name="Chapter">The chapter in the book model.</param>
/// <param name="Cleaned">The cleaner's result, with its events.</param>
/// <param name="TranslationFile">The translation file paired with it, or null when there was none.</param>
/// <param name="Pairing">The pairing result, or null when there was no translation.</param>
public sealed record AssembledChapter(Chapter Chapter, CleanedChapter Cleaned, string? TranslationFile, PairingResult? Pairing)
{
    /// <summary>True when the chapter has a translation whose pairing is misaligned.</summary>
    public bool Misaligned => Pairing?.Misaligned == true;
}
