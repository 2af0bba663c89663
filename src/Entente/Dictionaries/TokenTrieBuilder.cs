using System.Collections.Frozen;

namespace Entente.Dictionaries;

/// <summary>Collects aliases and their values, then freezes them into a <see cref="TokenTrie"/>.</summary>
internal sealed class TokenTrieBuilder
{
    private readonly Dictionary<string, int> _tokenIds = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> _transitions = [];
    private readonly List<List<TrieValue>?> _nodeValues = [null];

    /// <summary>Adds an alias (already split into normalised tokens) for a value; a value is stored once per node.</summary>
    public void Add(IReadOnlyList<string> normalisedTokens, TrieValue value)
    {
        if (normalisedTokens.Count == 0)
        {
            return;
        }

        var node = 0;
        foreach (var token in normalisedTokens)
        {
            if (!_tokenIds.TryGetValue(token, out var id))
            {
                id = _tokenIds.Count;
                _tokenIds.Add(token, id);
            }

            var key = ((long)node << 32) | (uint)id;
            if (!_transitions.TryGetValue(key, out var child))
            {
                child = _nodeValues.Count;
                _nodeValues.Add(null);
                _transitions.Add(key, child);
            }

            node = child;
        }

        var values = _nodeValues[node] ??= [];
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i].Entry == value.Entry)
            {
                // The singular wins over a generated plural that happens to be spelt the same ("police").
                return;
            }
        }

        values.Add(value);
    }

    /// <summary>Freezes the trie.</summary>
    public TokenTrie Build()
    {
        var valueStart = new int[_nodeValues.Count + 1];
        var all = new List<TrieValue>();
        for (var node = 0; node < _nodeValues.Count; node++)
        {
            valueStart[node] = all.Count;
            if (_nodeValues[node] is { } values)
            {
                all.AddRange(values);
            }
        }

        valueStart[_nodeValues.Count] = all.Count;
        return new TokenTrie(
            _tokenIds.ToFrozenDictionary(StringComparer.Ordinal),
            _transitions.ToFrozenDictionary(),
            valueStart,
            [.. all]);
    }
}
