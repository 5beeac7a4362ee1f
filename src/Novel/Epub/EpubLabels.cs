namespace Novel.Epub;

/// <summary>The few words the writer adds itself, in English (and marked so).</summary>
internal static class EpubLabels
{
    public const string Language = "en";
    public const string Contents = "Contents";
    public const string Landmarks = "Guide";
    public const string Cover = "Cover";
    public const string TitlePage = "Title Page";
    public const string Start = "Start";
    public const string TranslatedBy = "Translated by ";
    public const string AccessibilitySummary = "Reflowable text with headings and a table of contents; every paragraph declares its language.";
}
