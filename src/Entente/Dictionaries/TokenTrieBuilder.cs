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

    /// <summary>Freezes the trie into flat open-addressing tables, at most half full.</summary>
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

        var tokens = new string[_tokenIds.Count];
        foreach (var (token, id) in _tokenIds)
        {
            tokens[id] = token;
        }

        var tokenSlots = new int[TableSize(tokens.Length)];
        var tokenMask = tokenSlots.Length - 1;
        for (var id = 0; id < tokens.Length; id++)
        {
            var slot = (int)TokenTrie.HashToken(tokens[id]) & tokenMask;
            while (tokenSlots[slot] != 0)
            {
                slot = (slot + 1) & tokenMask;
            }

            tokenSlots[slot] = id + 1;
        }

        var size = TableSize(_transitions.Count);
        var edgeKeys = new long[size];
        var edgeChildren = new int[size];
        Array.Fill(edgeKeys, -1L);
        var shift = 64 - System.Numerics.BitOperations.Log2((uint)size);
        foreach (var (key, child) in _transitions)
        {
            var slot = TokenTrie.EdgeSlot(key, shift);
            while (edgeKeys[slot] != -1)
            {
                slot = (slot + 1) & (size - 1);
            }

            edgeKeys[slot] = key;
            edgeChildren[slot] = child;
        }

        return new TokenTrie(new TokenTrieParts(tokens, tokenSlots, edgeKeys, edgeChildren, valueStart, [.. all]));
    }

    /// <summary>A power of two at least twice <paramref name="count"/> (and at least 4), so probes stay short and a slot is always free.</summary>
    private static int TableSize(int count) => (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, count * 2));
}
