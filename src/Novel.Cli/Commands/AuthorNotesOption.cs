namespace Novel.Cli.Commands;

/// <summary>Reads the <c>--author-notes keep|drop</c> option.</summary>
internal static class AuthorNotesOption
{
    /// <summary>True to drop, false to keep, null when the option was not given (book.yml decides).</summary>
    public static bool? Parse(string? value) => value?.ToLowerInvariant() switch
    {
        null => null,
        "keep" => false,
        "drop" => true,
        _ => throw new UsageException($"--author-notes must be keep or drop, not '{value}'"),
    };
}
