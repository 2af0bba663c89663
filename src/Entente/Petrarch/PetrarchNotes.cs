namespace Entente.Petrarch;

/// <summary>Counts of PETRARCH constructs that were approximated or dropped during one import, by construct name.</summary>
public sealed class PetrarchNotes
{
    private readonly SortedDictionary<string, int> _counts = new(StringComparer.Ordinal);

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
}
