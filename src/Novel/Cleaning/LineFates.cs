using Novel.Loading;
using Novel.Model;

namespace Novel.Cleaning;

/// <summary>
/// What became of a cleaned chapter's input lines, from its paragraphs and events alone: kept (a paragraph comes from
/// the line), else removed or joined (the first Removed or Joined event that names it), else nothing.
/// </summary>
internal sealed class LineFates
{
    private readonly HashSet<SourceLocation> _kept;
    private readonly Dictionary<SourceLocation, CleaningEvent> _fates;

    public LineFates(CleanedChapter chapter)
    {
        _kept = new HashSet<SourceLocation>(chapter.Paragraphs.Count, LocationComparer.Instance);
        foreach (var paragraph in chapter.Paragraphs)
        {
            _kept.Add(paragraph.Source);
        }

        _fates = new Dictionary<SourceLocation, CleaningEvent>(LocationComparer.Instance);
        foreach (var e in chapter.Events)
        {
            if (e.Action is CleaningAction.Removed or CleaningAction.Joined)
            {
                _fates.TryAdd(e.Source, e);
            }
        }
    }

    /// <summary>The line's fate and the event that decided it (none for a kept line); a null fate when nothing names the line.</summary>
    public (LineFate? Fate, CleaningEvent? Event) Of(SourceLine line) =>
        _kept.Contains(line.Source) ? (LineFate.Kept, null)
        : _fates.TryGetValue(line.Source, out var e) ? (e.Action == CleaningAction.Removed ? LineFate.Removed : LineFate.Joined, e)
        : (null, null);

    /// <summary>Compares locations as their record does, but hashes only the line: every location of a chapter names one file.</summary>
    private sealed class LocationComparer : IEqualityComparer<SourceLocation>
    {
        public static readonly LocationComparer Instance = new();

        public bool Equals(SourceLocation x, SourceLocation y) => x.Line == y.Line && string.Equals(x.File, y.File, StringComparison.Ordinal);

        public int GetHashCode(SourceLocation obj) => obj.Line;
    }
}
