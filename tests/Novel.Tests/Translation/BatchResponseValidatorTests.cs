using Novel.Translation;

namespace Novel.Tests.Translation;

public sealed class BatchResponseValidatorTests
{
    private static readonly TranslationItem[] Items =
    [
        Item("孟繁岐看着屏幕上的结果。"),
        Item("“这就是残差网络。”"),
        Item("付院长点了点头。"),
    ];

    [Fact]
    public void Validate_ReturnsTheTranslationsInBatchOrder_WhenTheReplyAnswersEveryIdOnce()
    {
        var entries = Entries(("3", "Dean Fu nodded."), ("1", "Meng Fanqi (孟繁岐) looked at the results."), ("2", "\"This is the residual network.\""));

        var translations = BatchResponseValidator.Validate(Items, entries, out var problems);

        Assert.Empty(problems);
        Assert.Equal(["Meng Fanqi (孟繁岐) looked at the results.", "\"This is the residual network.\"", "Dean Fu nodded."], translations);
    }

    [Fact]
    public void Validate_FoldsLineBreaksInsideATranslation_IntoSpaces()
    {
        var translations = BatchResponseValidator.Validate(Items, Entries(("1", " Meng Fanqi looked\n  at the results. "), ("2", "B."), ("3", "C.")), out _);

        Assert.Equal("Meng Fanqi looked at the results.", translations![0]);
    }

    [Theory]
    [InlineData("1|A.;2|B.", "id 3 is missing")]
    [InlineData("1|A.;2|B.;3|C.;4|D.", "unexpected id '4'")]
    [InlineData("1|A.;2|B.;2|B again.;3|C.", "id 2 appears more than once")]
    [InlineData("1|A.;2|  ;3|C.", "id 2 is empty")]
    [InlineData("1|A.;2|B.;3|付院长点了点头。", "id 3 repeats the original")]
    [InlineData("1|A.;2|“这就是残差网络。”他说。;3|C.", "id 2 is still in Chinese")]
    [InlineData("1|A.;two|B.;3|C.", "unexpected id 'two'")]
    public void Validate_RejectsTheWholeReply_WhenAnyIdIsWrong(string reply, string expected)
    {
        var entries = reply.Split(';').Select(e => e.Split('|')).Select(p => KeyValuePair.Create(p[0], p[1])).ToList();

        var translations = BatchResponseValidator.Validate(Items, entries, out var problems);

        Assert.Null(translations);
        Assert.Contains(expected, problems);
    }

    private static TranslationItem Item(string source) => new("key-" + source, "any-" + source, source, [], 0, 0, "test.txt");

    private static List<KeyValuePair<string, string>> Entries(params (string Id, string Text)[] entries) =>
        entries.Select(e => KeyValuePair.Create(e.Id, e.Text)).ToList();
}
