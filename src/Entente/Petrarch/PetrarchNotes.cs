namespace Entente.Petrarch;

/// <summary>Counts of PETRARCH constructs that were approximated or dropped during one import, by construct name.</summary>
public sealed class PetrarchNotes
{
    private readonly SortedDictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly List<string> _warnings = [];

    /// <summary>Creates the notes; in <paramref name="strict"/> mode a malformed line throws, otherwise it is skipped and listed in <see cref="Warnings"/>.</summary>
    public PetrarchNotes(bool strict = false) => Strict = strict;

    /// <summary>Whether a malformed line throws rather than being skipped.</summary>
    public bool Strict { get; }

    /// <summary>Malformed lines skipped ("file:line: reason"), in reading order.</summary>
    public IReadOnlyList<string> Warnings => _warnings;

    /// <summary>The counts, by construct name in ordinal order.</summary>
    public IReadOnlyDictionary<string, int> Counts => _counts;

    /// <summary>The sum of all counts.</summary>
    public int Total
    {
        get
        {
            var total = 0;
            foreach (var count in _counts.Values) total += count;
            return total;
        }
    }

    /// <summary>Counts one occurrence of <paramref name="construct"/>.</summary>
    public void Add(string construct, int count = 1)
    {
        _counts.TryGetValue(construct, out var current);
        _counts[construct] = current + count;
    }

    /// <summary>Reports a malformed line: rethrows it when <see cref="Strict"/>, else records it and counts it as "skipped malformed line".</summary>
    public void Fail(Entente.Dictionaries.DictionaryException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (Strict) throw error;
        _warnings.Add(error.Message);
        Add("skipped malformed line");
    }
}
