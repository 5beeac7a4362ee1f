namespace Novel.Model;

/// <summary>How a run of text is set: plain, or with emphasis carried over from Markdown.</summary>
[Flags]
public enum InlineStyle
{
    /// <summary>Plain text.</summary>
    None = 0,

    /// <summary>Emphasis (Markdown <c>*text*</c>), written as <c>&lt;em&gt;</c>.</summary>
    Emphasis = 1,

    /// <summary>Strong emphasis (Markdown <c>**text**</c>), written as <c>&lt;strong&gt;</c>.</summary>
    Strong = 2,
}
