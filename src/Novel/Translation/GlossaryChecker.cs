namespace Novel.Translation;

/// <summary>Checks that a translation uses the glossary's English for every glossary term in its original.</summary>
internal static class GlossaryChecker
{
    /// <summary>The entries whose term occurs in the source but whose English is absent from the translation.</summary>
    public static IReadOnlyList<GlossaryEntry> Misses(IReadOnlyList<GlossaryEntry> termsInSource, string translation) =>
        termsInSource.Where(e => !translation.Contains(e.English, StringComparison.OrdinalIgnoreCase)).ToList();
}
