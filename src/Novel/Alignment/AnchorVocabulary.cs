namespace Novel.Alignment;

/// <summary>Gives every anchor (a number, a Latin word, a glossary entry) an integer key and a weight.</summary>
internal sealed class AnchorVocabulary
{
    private readonly Dictionary<string, int> _keys = new(StringComparer.Ordinal);
    private readonly List<double> _weights = [];
    private readonly List<bool> _learned = [];
    private readonly HashSet<char> _kinds = [];

    /// <summary>The key of an anchor, adding it with <paramref name="weight"/> when new.</summary>
    public int KeyOf(string anchor, double weight, bool learned = false)
    {
        if (!_keys.TryGetValue(anchor, out var key))
        {
            key = _weights.Count;
            _keys.Add(anchor, key);
            _weights.Add(weight);
            _learned.Add(learned);
            _kinds.Add(anchor.Length > 0 ? anchor[0] : '\0');
        }

        return key;
    }

    /// <summary>True for a key learned from the text itself rather than given or read.</summary>
    public bool IsLearned(int key) => _learned[key];

    /// <summary>True when some anchor starts with <paramref name="kind"/> (<c>n</c> for numbers, <c>w</c> for Latin words).</summary>
    public bool HasKind(char kind) => _kinds.Contains(kind);

    /// <summary>The key of a known anchor, or -1.</summary>
    public int Find(string anchor) => _keys.TryGetValue(anchor, out var key) ? key : -1;

    /// <summary>How much one match of the key is worth.</summary>
    public double Weight(int key) => _weights[key];
}
