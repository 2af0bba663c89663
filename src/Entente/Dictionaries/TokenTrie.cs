using System.Collections.Frozen;
using Entente.Model;

namespace Entente.Dictionaries;

/// <summary>An immutable trie over normalised tokens: token ids from a frozen dictionary looked up by span, transitions keyed by (node, token id).</summary>
public sealed class TokenTrie
{
    private readonly FrozenDictionary<string, int> _tokenIds;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly FrozenDictionary<long, int> _transitions;
    private readonly int[] _valueStart;
    private readonly TrieValue[] _values;

    internal TokenTrie(FrozenDictionary<string, int> tokenIds, FrozenDictionary<long, int> transitions, int[] valueStart, TrieValue[] values)
    {
        _tokenIds = tokenIds;
        _lookup = tokenIds.GetAlternateLookup<ReadOnlySpan<char>>();
        _transitions = transitions;
        _valueStart = valueStart;
        _values = values;
    }

    /// <summary>Rebuilds a trie from the parts <see cref="Export"/> gave (the compiled-data cache).</summary>
    internal static TokenTrie FromParts(string[] tokens, long[] transitionKeys, int[] transitionChildren, int[] valueStart, TrieValue[] values)
    {
        var ids = new Dictionary<string, int>(tokens.Length, StringComparer.Ordinal);
        for (var i = 0; i < tokens.Length; i++)
        {
            ids.Add(tokens[i], i);
        }

        var transitions = new Dictionary<long, int>(transitionKeys.Length);
        for (var i = 0; i < transitionKeys.Length; i++)
        {
            transitions.Add(transitionKeys[i], transitionChildren[i]);
        }

        return new TokenTrie(ids.ToFrozenDictionary(StringComparer.Ordinal), transitions.ToFrozenDictionary(), valueStart, values);
    }

    /// <summary>The trie's parts, for the compiled-data cache: tokens by id, transitions, and the value table.</summary>
    internal (string[] Tokens, long[] TransitionKeys, int[] TransitionChildren, int[] ValueStart, TrieValue[] Values) Export()
    {
        var tokens = new string[_tokenIds.Count];
        foreach (var (token, id) in _tokenIds)
        {
            tokens[id] = token;
        }

        var keys = new long[_transitions.Count];
        var children = new int[_transitions.Count];
        var i = 0;
        foreach (var (key, child) in _transitions)
        {
            keys[i] = key;
            children[i] = child;
            i++;
        }

        return (tokens, keys, children, _valueStart, _values);
    }

    /// <summary>Number of distinct normalised tokens.</summary>
    public int TokenCount => _tokenIds.Count;

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
    public int Id(ReadOnlySpan<char> normalisedToken) => _lookup.TryGetValue(normalisedToken, out var id) ? id : -1;

    /// <summary>The child of <paramref name="node"/> on token <paramref name="tokenId"/>, or -1.</summary>
    public int Child(int node, int tokenId) =>
        tokenId >= 0 && _transitions.TryGetValue(((long)node << 32) | (uint)tokenId, out var child) ? child : -1;

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
