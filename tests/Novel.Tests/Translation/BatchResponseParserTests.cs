using Novel.Translation;

namespace Novel.Tests.Translation;

public sealed class BatchResponseParserTests
{
    [Theory]
    [InlineData("""{"translations":[{"id":1,"text":"One."},{"id":2,"text":"Two."}]}""")]
    [InlineData("""{"translations":[{"id":"1","translation":"One."},{"id":"2","translation":"Two."}]}""")]
    [InlineData("""{"translations":{"1":"One.","2":"Two."}}""")]
    [InlineData("""{"1":"One.","2":"Two."}""")]
    [InlineData("Sure! Here is the JSON:\n```json\n{\"translations\":[{\"id\":1,\"text\":\"One.\"},{\"id\":2,\"text\":\"Two.\"}]}\n```\nAnything else?")]
    [InlineData("<think>The user wants {json}. Let me translate.</think>\n{\"translations\":[{\"id\":1,\"text\":\"One.\"},{\"id\":2,\"text\":\"Two.\"}]}")]
    [InlineData("The result: {\"translations\":[{\"id\":1,\"text\":\"One.\"},{\"id\":2,\"text\":\"Two.\"},]} Hope it helps.")]
    public void Parse_ReadsTheTranslations_WhateverWrapsThem(string reply)
    {
        var entries = BatchResponseParser.Parse(reply, out var problem);

        Assert.NotNull(entries);
        Assert.Equal("", problem);
        Assert.Equal([new("1", "One."), new("2", "Two.")], entries);
    }

    [Theory]
    [InlineData("""{"translations":[{"id":1,"text":"One."},{"id":2,"te""", "cut off")]
    [InlineData("I cannot translate this text.", "no JSON")]
    [InlineData("""{"translations":[{"id":1}]}""", "expected shape")]
    [InlineData("""{"translations":[1,2]}""", "expected shape")]
    public void Parse_SaysWhatIsWrong_WhenNoTranslationsCanBeRead(string reply, string expected)
    {
        var entries = BatchResponseParser.Parse(reply, out var problem);

        Assert.Null(entries);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }
}
