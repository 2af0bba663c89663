using Entente.Model;

namespace Entente.Dictionaries;

/// <summary>An immutable trie over normalised tokens: token ids and transitions (node, token id) → child in flat
/// open-addressing tables, looked up by span without allocating.</summary>
/// <remarks>Flat arrays rather than frozen dictionaries: the compiled-data cache stores and reloads them as they are
/// (no rebuilding at start-up), and a probe is one hash and usually one comparison.</remarks>
public sealed class TokenTrie
{
    private const ulong EdgeMultiplier = 0x9E3779B97F4A7C15;
    private readonly TokenTrieParts _parts;
    private readonly string[] _tokens;
    private readonly int[] _tokenSlots;
    // The token table as probed: per slot the token's hash in the high half and its slot entry (1 + id) in the low half,
    // or 0 when empty, so that a probe for an absent token usually reads one slot and no string. Built from the stored
    // slots at load (the cache keeps the plain table).
    private readonly ulong[] _tokenProbe;
    private readonly int _tokenMask;
    // By token id: the root's child on that token, or -1. Every alias starts at the root, so the first step of each walk
    // is one array read instead of a probe of the transition table.
    private readonly int[] _rootChildren;
    // A one-hash Bloom filter over the transition keys, sixteen bits per transition and small enough to stay in cache: most
    // steps below the root try a token that continues no alias, and the filter answers them without probing the big table.
    private readonly ulong[] _edgeFilter;
    private readonly int _edgeFilterShift;
    private readonly long[] _edgeKeys;
    private readonly int[] _edgeChildren;
    private readonly int _edgeShift;
    private readonly int _edgeMask;
    private readonly int[] _valueStart;
    private readonly TrieValue[] _values;

    /// <summary>Wraps checked parts; throws <see cref="InvalidDataException"/> when they do not make a trie (a damaged cache).</summary>
    internal TokenTrie(TokenTrieParts parts)
    {
        _parts = parts;
        _tokens = parts.Tokens;
        _tokenSlots = parts.TokenSlots;
        _edgeKeys = parts.EdgeKeys;
        _edgeChildren = parts.EdgeChildren;
        _valueStart = parts.ValueStart;
        _values = parts.Values;
        if (!IsPowerOfTwo(_tokenSlots.Length) || !IsPowerOfTwo(_edgeKeys.Length) || _edgeChildren.Length != _edgeKeys.Length
            || _valueStart.Length == 0 || _valueStart[^1] != _values.Length)
        {
            throw new InvalidDataException("token trie tables have inconsistent sizes");
        }

        var emptyTokenSlots = 0;
        foreach (var slot in _tokenSlots)
        {
            if (slot < 0 || slot > _tokens.Length)
            {
                throw new InvalidDataException("token slot out of range");
            }

            emptyTokenSlots += slot == 0 ? 1 : 0;
        }

        var nodes = _valueStart.Length - 1;
        var emptyEdgeSlots = 0;
        for (var i = 0; i < _edgeKeys.Length; i++)
        {
            emptyEdgeSlots += _edgeKeys[i] == -1 ? 1 : 0;
            if (_edgeKeys[i] != -1 && ((uint)_edgeChildren[i] >= (uint)nodes || (_edgeKeys[i] >> 32) >= nodes))
            {
                throw new InvalidDataException("trie transition out of range");
            }
        }

        if (emptyTokenSlots == 0 || emptyEdgeSlots == 0 || _edgeKeys.Length < 2)
        {
            // A probe stops at an empty slot: a full table would never answer "absent".
            throw new InvalidDataException("trie tables without a free slot");
        }

        for (var n = 0; n < nodes; n++)
        {
            if (_valueStart[n] < 0 || _valueStart[n] > _valueStart[n + 1])
            {
                throw new InvalidDataException("trie value table out of order");
            }
        }

        _tokenMask = _tokenSlots.Length - 1;
        _edgeMask = _edgeKeys.Length - 1;
        _edgeShift = 64 - System.Numerics.BitOperations.Log2((uint)_edgeKeys.Length);
        _tokenProbe = new ulong[_tokenSlots.Length];
        for (var slot = 0; slot < _tokenSlots.Length; slot++)
        {
            var entry = _tokenSlots[slot];
            if (entry != 0) _tokenProbe[slot] = ((ulong)HashToken(_tokens[entry - 1]) << 32) | (uint)entry;
        }

        var filterBits = 1 << 16;
        while (filterBits < (_edgeKeys.Length - emptyEdgeSlots) * 16 && filterBits < 1 << 24) filterBits <<= 1;
        _edgeFilter = new ulong[filterBits / 64];
        _edgeFilterShift = 64 - System.Numerics.BitOperations.Log2((uint)filterBits);
        foreach (var key in _edgeKeys)
        {
            if (key == -1) continue;
            var bit = FilterBit(key, _edgeFilterShift);
            _edgeFilter[bit >> 6] |= 1UL << (bit & 63);
        }

        _rootChildren = new int[_tokens.Length];
        Array.Fill(_rootChildren, -1);
        for (var i = 0; i < _edgeKeys.Length; i++)
        {
            var key = _edgeKeys[i];
            if (key != -1 && (key >> 32) == 0 && (uint)key < (uint)_tokens.Length) _rootChildren[(int)(uint)key] = _edgeChildren[i];
        }
    }

    /// <summary>The trie's tables, for the compiled-data cache.</summary>
    internal TokenTrieParts Export() => _parts;

    /// <summary>Number of distinct normalised tokens.</summary>
    public int TokenCount => _tokens.Length;

    /// <summary>Number of nodes, the root included.</summary>
    public int NodeCount => _valueStart.Length - 1;

    /// <summary>Number of (alias, entry) values stored.</summary>
    public int ValueCount => _values.Length;

    /// <summary>The values (entries) of a node; empty when no alias ends there.</summary>
    public ReadOnlySpan<TrieValue> Values(int node) => _values.AsSpan(_valueStart[node], _valueStart[node + 1] - _valueStart[node]);

    /// <summary>The token ids one text token can take, computed without allocating.</summary>
    public TokenKeys Keys(ReadOnlySpan<char> token)
    {
        if (token.IsEmpty || token.Length > TokenNormalizer.MaxTokenLength)
        {
            return TokenKeys.None;
        }

        Span<char> buffer = stackalloc char[TokenNormalizer.MaxTokenLength];
        var possessive = TokenNormalizer.PossessiveLength(token);
        var stem = token[..^possessive];
        var capitals = TokenNormalizer.IsCapitals(token)
            ? Id(buffer[..TokenNormalizer.Normalize(token, buffer, lower: false)])
            : -1;
        var possessiveCapitals = possessive > 0 && TokenNormalizer.IsCapitals(stem)
            ? Id(buffer[..TokenNormalizer.Normalize(stem, buffer, lower: false)])
            : -1;
        var lower = Id(buffer[..TokenNormalizer.Normalize(token, buffer, lower: true)]);
        var possessiveLower = possessive > 0
            ? Id(buffer[..TokenNormalizer.Normalize(stem, buffer, lower: true)])
            : -1;
        return new TokenKeys(capitals, lower, possessiveCapitals, possessiveLower);
    }

    /// <summary>Fills <paramref name="keys"/> with the keys of each token of <paramref name="tokens"/>.</summary>
    public void Keys(ReadOnlySpan<Token> tokens, string text, Span<TokenKeys> keys)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            keys[i] = tokens[i].Kind == TokenKind.Word || tokens[i].Kind == TokenKind.Number || tokens[i].Kind == TokenKind.Symbol
                ? Keys(tokens[i].Span(text))
                : TokenKeys.None;
        }
    }

    /// <summary>The id of a normalised token, or -1.</summary>
    public int Id(ReadOnlySpan<char> normalisedToken)
    {
        var hash = HashToken(normalisedToken);
        for (var slot = (int)hash & _tokenMask; ; slot = (slot + 1) & _tokenMask)
        {
            var probe = _tokenProbe[slot];
            if (probe == 0)
            {
                return -1;
            }

            var id = (int)(uint)probe - 1;
            if ((uint)(probe >> 32) == hash && normalisedToken.SequenceEqual(_tokens[id]))
            {
                return id;
            }
        }
    }

    /// <summary>The child of <paramref name="node"/> on token <paramref name="tokenId"/>, or -1.</summary>
    public int Child(int node, int tokenId)
    {
        if (tokenId < 0)
        {
            return -1;
        }

        if (node == 0)
        {
            return (uint)tokenId < (uint)_rootChildren.Length ? _rootChildren[tokenId] : -1;
        }

        var key = ((long)node << 32) | (uint)tokenId;
        var bit = FilterBit(key, _edgeFilterShift);
        if ((_edgeFilter[bit >> 6] & (1UL << (bit & 63))) == 0)
        {
            return -1;
        }

        for (var slot = EdgeSlot(key, _edgeShift); ; slot = (slot + 1) & _edgeMask)
        {
            var found = _edgeKeys[slot];
            if (found == key)
            {
                return _edgeChildren[slot];
            }

            if (found == -1)
            {
                return -1;
            }
        }
    }

    /// <summary>A hash of a normalised token that is the same in every process (the tables are stored in the cache): FNV-1a over the UTF-16 code units.</summary>
    internal static uint HashToken(ReadOnlySpan<char> token)
    {
        var hash = 2166136261u;
        foreach (var c in token)
        {
            hash = (hash ^ c) * 16777619u;
        }

        // FNV's low bits mix poorly for short keys; fold the high half in before masking.
        return hash ^ (hash >> 15);
    }

    /// <summary>The first slot of a transition key in a table of 2^(64 - <paramref name="shift"/>) slots (Fibonacci hashing).</summary>
    internal static int EdgeSlot(long key, int shift) => (int)(((ulong)key * EdgeMultiplier) >> shift);

    // The filter's bit for a transition key: a multiplicative hash independent of the table's slot (another odd constant).
    private static int FilterBit(long key, int shift) => (int)(((ulong)key * 0xD6E8FEB86659FD93) >> shift);

    private static bool IsPowerOfTwo(int n) => n > 0 && (n & (n - 1)) == 0;

    /// <summary>The longest alias starting at <paramref name="start"/>; a possessive ending is allowed on its last token.</summary>
    public bool TryMatch(ReadOnlySpan<TokenKeys> keys, int start, out TrieMatch match)
    {
        var best = new TrieMatch(start, 0, -1, false);
        Walk(keys, start, 0, start, ref best);
        match = best;
        return best.Node >= 0;
    }

    /// <summary>Tokenises <paramref name="phrase"/> on white space and returns the values of an exact whole-phrase match (for tests and tools).</summary>
    public ReadOnlySpan<TrieValue> Lookup(string phrase)
    {
        var node = 0;
        foreach (var token in TokenNormalizer.SplitAlias(phrase))
        {
            var keys = Keys(token);
            var next = Child(node, keys.Capitals);
            if (next < 0)
            {
                next = Child(node, keys.Lower);
            }

            if (next < 0)
            {
                return [];
            }

            node = next;
        }

        return node == 0 ? [] : Values(node);
    }

    private void Walk(ReadOnlySpan<TokenKeys> keys, int start, int node, int position, ref TrieMatch best)
    {
        if (position >= keys.Length)
        {
            return;
        }

        var k = keys[position];
        Step(keys, start, node, position, k.Capitals, possessive: false, ref best);
        Step(keys, start, node, position, k.Lower, possessive: false, ref best);
        Step(keys, start, node, position, k.PossessiveCapitals, possessive: true, ref best);
        Step(keys, start, node, position, k.PossessiveLower, possessive: true, ref best);
    }

    private void Step(ReadOnlySpan<TokenKeys> keys, int start, int node, int position, int tokenId, bool possessive, ref TrieMatch best)
    {
        var child = Child(node, tokenId);
        if (child < 0)
        {
            return;
        }

        var count = position + 1 - start;
        if (_valueStart[child + 1] > _valueStart[child] && count > best.TokenCount)
        {
            best = new TrieMatch(start, count, child, possessive);
        }

        // A possessive ending closes the phrase: "Pakistan's army" is not a longer alias of "Pakistan".
        if (!possessive)
        {
            Walk(keys, start, child, position + 1, ref best);
        }
    }
}
