using Novel.Epub;

namespace Novel.Tests.Epub;

/// <summary>The sanitizer drops exactly the characters XML 1.0 cannot carry.</summary>
public sealed class XmlTextSanitizerTests
{
    private const char HighSurrogate = '\uD83D';
    private const char LowSurrogate = '\uDE00';

    // Built at run time: a lone surrogate in an attribute argument does not survive compilation into metadata.
    public static TheoryData<string, string> InvalidText => new()
    {
        { "残差\u0000网络", "残差网络" },
        { "\u0001\u0002\u0008\u000B\u000C\u000E\u001F", "" },
        { "a\uFFFEb\uFFFFc", "abc" },
        { $"lone high {HighSurrogate} end", "lone high  end" },
        { $"lone low {LowSurrogate} end", "lone low  end" },
        { $"reversed {LowSurrogate}{HighSurrogate} pair", "reversed  pair" },
        { $"trailing high {HighSurrogate}", "trailing high " },
    };

    [Theory]
    [MemberData(nameof(InvalidText))]
    public void Clean_RemovesCharactersXmlCannotCarry(string text, string expected)
    {
        Assert.Equal(expected, XmlTextSanitizer.Clean(text));
    }

    [Theory]
    [InlineData("tab\tline\nreturn\r")]
    [InlineData("emoji 😀 and 𠀀 (a CJK Extension B character)")]
    [InlineData("<script>&amp;]]></script>")]
    [InlineData("\u007F\u0085\uFDD0\uFFFD")]
    public void Clean_KeepsEverythingElse_AsTheSameString(string text)
    {
        Assert.Same(text, XmlTextSanitizer.Clean(text));
    }
}
