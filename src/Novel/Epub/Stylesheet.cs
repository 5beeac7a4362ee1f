namespace Novel.Epub;

/// <summary>The book's stylesheet, kept as the embedded resource <c>Resources/Epub/book.css</c>.</summary>
internal static class Stylesheet
{
    // The csproj keeps the folder separator in logical names ("Novel.Resources.Epub/book.css" on Unix), so the
    // resource is found by its name with separators read as dots.
    private const string ResourceName = "Novel.Resources.Epub.book.css";

    /// <summary>The stylesheet's bytes.</summary>
    public static byte[] Load()
    {
        var assembly = typeof(Stylesheet).Assembly;
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.Replace('/', '.').Replace('\\', '.') == ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from the Novel assembly.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
