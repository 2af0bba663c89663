namespace Entente.Dictionaries;

/// <summary>The flat arrays a <see cref="TokenTrie"/> is made of, as built by the compiler and stored by the compiled-data cache.</summary>
/// <param name="Tokens">Normalised tokens by id.</param>
/// <param name="TokenSlots">Open-addressing table (length a power of two) of token id + 1 by <see cref="TokenTrie.HashToken"/>; 0 = empty.</param>
/// <param name="EdgeKeys">Open-addressing table (length a power of two) of transition keys <c>node &lt;&lt; 32 | token id</c>; -1 = empty.</param>
/// <param name="EdgeChildren">The child node of each <paramref name="EdgeKeys"/> slot.</param>
/// <param name="ValueStart">Start of each node's values in <paramref name="Values"/>, one more than the nodes.</param>
/// <param name="Values">The values of all nodes, node by node.</param>
internal sealed record TokenTrieParts(string[] Tokens, int[] TokenSlots, long[] EdgeKeys, int[] EdgeChildren, int[] ValueStart, TrieValue[] Values);
