namespace Novel.Epub.Reading;

/// <summary>Resolves the relative references of EPUB documents (<c>href</c>, <c>src</c>, <c>full-path</c>) to archive entry names.</summary>
internal static class ArchivePath
{
    /// <summary>The folder of an entry, with its trailing slash ("" at the root).</summary>
    public static string FolderOf(string entryName)
    {
        var slash = entryName.LastIndexOf('/');
        return slash < 0 ? "" : entryName[..(slash + 1)];
    }

    /// <summary>
    /// Resolves <paramref name="reference"/> (percent-encoded, perhaps with a fragment) against <paramref name="folder"/>;
    /// returns null when it leaves the archive's root or is absolute.
    /// </summary>
    public static string? Resolve(string folder, string reference)
    {
        var hash = reference.IndexOf('#');
        var path = hash < 0 ? reference : reference[..hash];
        var fragment = hash < 0 ? "" : reference[hash..];
        if (path.Contains("://", StringComparison.Ordinal) || path.StartsWith('/'))
        {
            return null;
        }

        var segments = new List<string>();
        foreach (var segment in (folder + Uri.UnescapeDataString(path)).Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    return null;
                }

                segments.RemoveAt(segments.Count - 1);
            }
            else if (segment is not ("." or ""))
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments) + fragment;
    }

    /// <summary>The path without its fragment.</summary>
    public static string WithoutFragment(string path)
    {
        var hash = path.IndexOf('#');
        return hash < 0 ? path : path[..hash];
    }
}
