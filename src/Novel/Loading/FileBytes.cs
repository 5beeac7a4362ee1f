namespace Novel.Loading;

/// <summary>Reads a whole input file, turning I/O failures into a <see cref="NovelInputException"/> that names it.</summary>
internal static class FileBytes
{
    public static byte[] Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new NovelInputException(path, "cannot read the file: " + e.Message, inner: e);
        }
    }
}
