using Entente.Dictionaries;

namespace Entente.Tests.Dictionaries;

/// <summary>The trie's flat hash tables over the shipped dictionaries: every token and transition is found, absent ones
/// are not, and tables that cannot be a trie (a damaged cache) are refused.</summary>
public sealed class TokenTrieTableTests
{
    private static readonly Lazy<CompiledDictionaries> _shipped = new(() => DictionarySet.Load(DataFolders.Find("dictionaries")).Compile());

    [Fact]
    public void Every_token_and_transition_is_found()
    {
        var trie = _shipped.Value.Trie;
        var parts = trie.Export();
        Assert.True(parts.Tokens.Length > 1000);
        for (var id = 0; id < parts.Tokens.Length; id++)
        {
            Assert.Equal(id, trie.Id(parts.Tokens[id]));
        }

        var edges = 0;
        for (var slot = 0; slot < parts.EdgeKeys.Length; slot++)
        {
            var key = parts.EdgeKeys[slot];
            if (key == -1) continue;
            edges++;
            Assert.Equal(parts.EdgeChildren[slot], trie.Child((int)(key >> 32), (int)(key & 0xFFFFFFFF)));
        }

        Assert.Equal(trie.NodeCount - 1, edges);
    }

    [Theory]
    [InlineData("")]
    [InlineData("zzqx")]
    [InlineData("pakistan-x")]
    [InlineData("PAKISTAN")]
    public void Absent_tokens_have_no_id(string token) => Assert.Equal(-1, _shipped.Value.Trie.Id(token));

    [Fact]
    public void Absent_transitions_have_no_child()
    {
        var trie = _shipped.Value.Trie;
        var pakistan = trie.Keys("Pakistan").Lower;
        Assert.True(pakistan >= 0);
        Assert.True(trie.Child(0, pakistan) > 0);
        Assert.Equal(-1, trie.Child(trie.Child(0, pakistan), pakistan));
        Assert.Equal(-1, trie.Child(0, -1));
        Assert.Equal(-1, trie.Child(trie.NodeCount + 5, pakistan));
    }

    [Fact]
    public void Tables_that_are_no_trie_are_refused()
    {
        var good = _shipped.Value.Trie.Export();
        var full = good with { TokenSlots = Enumerable.Repeat(1, good.TokenSlots.Length).ToArray() };
        var oddSize = good with { EdgeKeys = good.EdgeKeys[..^1], EdgeChildren = good.EdgeChildren[..^1] };
        var badChild = good with { EdgeChildren = Enumerable.Repeat(int.MaxValue, good.EdgeChildren.Length).ToArray() };
        var badValues = good with { Values = good.Values[..^1] };
        foreach (var parts in new[] { full, oddSize, badChild, badValues })
        {
            Assert.Throws<InvalidDataException>(() => new TokenTrie(parts));
        }

        Assert.Equal(good.Tokens.Length, new TokenTrie(good).TokenCount);
    }
}
