namespace Novel.Tests.Rendering;

/// <summary>
/// The render check itself can fail: tests/render/selftest.mjs runs it on a good fixture book (must pass) and on
/// fixtures with one defect each — escaped markup, an untranslated paragraph, a monolingual contents list, an entry
/// that opens the wrong chapter, a chapter missing from the contents — each of which must fail exactly its check.
/// </summary>
public sealed class RenderCheckSelfTests
{
    [Fact]
    public void RenderCheck_PassesAGoodBook_AndFailsEachDefectWithItsOwnCheck()
    {
        var node = RenderRequirements.RequireRenderCheck();

        var result = ToolProcess.Run(node, [Path.Combine(RenderRequirements.RenderFolder, "selftest.mjs")], TimeSpan.FromMinutes(10));

        Assert.True(result.ExitCode == 0, "selftest.mjs: " + result.Describe());
        Assert.Equal(6, result.Stdout.Split('\n').Count(line => line.StartsWith("ok ", StringComparison.Ordinal)));
    }
}
