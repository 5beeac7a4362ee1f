namespace Novel.Translation;

/// <summary>Chinese terms and the English the whole book must use for them, for example <c>孟繁岐: Meng Fanqi</c>.</summary>
public sealed class Glossary
{
    /// <summary>A glossary with no terms.</summary>
    public static readonly Glossary Empty = new([]);

    /// <summary>Creates a glossary; a later entry for the same term replaces an earlier one.</summary>
    public Glossary(IEnumerable<GlossaryEntry> entries)
    {
        var byTerm = new Dictionary<string, GlossaryEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            byTerm[entry.Term] = entry;
        }

        Entries = byTerm.Values.OrderBy(e => e.Term, StringComparer.Ordinal).ToList();
    }

    /// <summary>The entries, ordered by term.</summary>
    public IReadOnlyList<GlossaryEntry> Entries { get; }

    /// <summary>
    /// Reads a glossary from lines of <c>term: English</c> (a full-width colon or <c>=</c> also works);
    /// blank lines and lines starting with <c>#</c> are skipped.
    /// </summary>
    /// <exception cref="NovelInputException">A line has no separator or an empty side.</exception>
    public static Glossary Parse(string text, string file)
    {
        var entries = new List<GlossaryEntry>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var separator = line.IndexOfAny([':', '：', '=']);
            var term = separator > 0 ? line[..separator].Trim() : "";
            var english = separator > 0 ? line[(separator + 1)..].Trim() : "";
            if (term.Length == 0 || english.Length == 0)
            {
                throw new NovelInputException(file, "a glossary line needs 'Chinese term: English'", i + 1);
            }

            entries.Add(new GlossaryEntry(term, english));
        }

        return new Glossary(entries);
    }

    /// <summary>The entries whose Chinese term occurs in the text.</summary>
    public IReadOnlyList<GlossaryEntry> EntriesIn(string text) =>
        Entries.Count == 0 ? [] : Entries.Where(e => text.Contains(e.Term, StringComparison.Ordinal)).ToList();
}
