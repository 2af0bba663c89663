namespace Entente.Dictionaries;

/// <summary>A longest match: where it starts and how many tokens it covers (relative to the tokens searched), the trie node reached, and whether its last token carried a possessive ending.</summary>
public readonly record struct TrieMatch(int Start, int TokenCount, int Node, bool Possessive)
{
    /// <summary>Index after the last matched token.</summary>
    public int End => Start + TokenCount;
}
