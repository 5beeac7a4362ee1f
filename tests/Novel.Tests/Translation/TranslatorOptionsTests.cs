using Novel.Translation;

namespace Novel.Tests.Translation;

public sealed class TranslatorOptionsTests
{
    [Fact]
    public void ToString_MasksTheApiKey()
    {
        var key = "sk-test-" + Guid.NewGuid().ToString("N");
        var options = new TranslatorOptions { BaseUrl = new Uri("http://127.0.0.1:1/v1"), Model = "m", ApiKey = key };

        var text = options.ToString();

        Assert.DoesNotContain(key, text, StringComparison.Ordinal);
        Assert.Contains("ApiKey = ***", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://localhost:11434/v1", "http://localhost:11434/v1/chat/completions")]
    [InlineData("http://localhost:8080/v1/", "http://localhost:8080/v1/chat/completions")]
    [InlineData("https://example.invalid/v1/chat/completions", "https://example.invalid/v1/chat/completions")]
    public void CompletionsUrl_AppendsThePathOnce(string baseUrl, string expected)
    {
        var options = new TranslatorOptions { BaseUrl = new Uri(baseUrl), Model = "m" };

        Assert.Equal(expected, options.CompletionsUrl.ToString());
    }

    [Fact]
    public void Validate_RejectsANonHttpUrlAndAZeroConcurrency()
    {
        Assert.Throws<ArgumentException>(() => new TranslatorOptions { BaseUrl = new Uri("ftp://host/v1"), Model = "m" }.Validate());
        Assert.Throws<ArgumentException>(() => new TranslatorOptions { BaseUrl = new Uri("http://host/v1"), Model = "m", Concurrency = 0 }.Validate());
        Assert.Throws<ArgumentException>(() => new TranslatorOptions { BaseUrl = new Uri("http://host/v1"), Model = " " }.Validate());
    }
}
