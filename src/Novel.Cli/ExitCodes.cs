namespace Novel.Cli;

/// <summary>The process exit codes every command uses.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>Bad input: a file that cannot be read, decoded or trusted; the message names it.</summary>
    public const int BadInput = 1;

    /// <summary>Bad usage: unknown verb or option, missing argument.</summary>
    public const int BadUsage = 2;
}
