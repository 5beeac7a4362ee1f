namespace Novel.Tests.Rendering;

/// <summary>
/// A book folder and the EPUB built from it for the rendering tests, or why it could not be built. Artifacts (the
/// EPUB, screenshots, the AZW3, tool output) go to <see cref="ArtifactDirectory"/> under the test output's TestResults.
/// </summary>
internal sealed record BuiltBook(string Name, string BookDirectory, string Epub, int ExpectedChapters, string ArtifactDirectory, string? Failure)
{
    /// <summary>The EPUB's path; skips (locally) or fails (on CI) when the build failed.</summary>
    public string EpubOrSkip()
    {
        if (Failure is not null)
        {
            RenderRequirements.SkipOrFail($"`novel build` could not build the {Name} book, so there is nothing to render: {Failure}");
        }

        return Epub;
    }

    public override string ToString() => Name;
}
