using System.Runtime.CompilerServices;

namespace Entente.Text;

/// <summary>
/// An immutable table from words, compared ignoring case exactly as <see cref="StringComparison.OrdinalIgnoreCase"/> does
/// (character by character through <see cref="char.ToUpperInvariant"/>), to values; looked up by span without allocating.
/// </summary>
/// <remarks>For the per-token lookups of the hot path (pattern words, the part-of-speech lexicon, discard phrases): one flat
/// open-addressing table whose probe hashes the folded characters and usually compares one key, where the framework's
/// case-insensitive dictionaries cost a comparer call per step.</remarks>
/// <typeparam name="TValue">The value type.</typeparam>
public sealed class CaselessWordTable<TValue>
{
    private readonly string[] _keys;
    private readonly TValue[] _values;
    // Slot → the word's hash in the high half and 1 + its index into _keys in the low half, or 0 when empty; at least half
    // the slots stay empty. A probe for an absent word usually reads one slot and no key.
    private readonly ulong[] _slots;
    private readonly int _mask;

    /// <summary>Builds the table; a key that folds to one already added is rejected, as a case-insensitive dictionary would.</summary>
    public CaselessWordTable(IEnumerable<KeyValuePair<string, TValue>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = entries as IReadOnlyCollection<KeyValuePair<string, TValue>> ?? [.. entries];
        var size = 16;
        while (size < list.Count * 2) size <<= 1;
        _slots = new ulong[size];
        _mask = size - 1;
        _keys = new string[list.Count];
        _values = new TValue[list.Count];
        var n = 0;
        foreach (var (key, value) in list)
        {
            ArgumentNullException.ThrowIfNull(key);
            var hash = Hash(key);
            var slot = (int)hash & _mask;
            for (; _slots[slot] != 0; slot = (slot + 1) & _mask)
            {
                if ((uint)(_slots[slot] >> 32) == hash && FoldedEquals(key, _keys[(int)(uint)_slots[slot] - 1]))
                {
                    throw new ArgumentException($"the word '{key}' is listed twice (ignoring case)", nameof(entries));
                }
            }

            _keys[n] = key;
            _values[n] = value;
            _slots[slot] = ((ulong)hash << 32) | (uint)++n;
        }

        Count = n;
    }

    /// <summary>Number of words.</summary>
    public int Count { get; }

    /// <summary>The value of <paramref name="word"/>, compared ignoring case.</summary>
    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value)
    {
        var hash = Hash(word);
        for (var slot = (int)hash & _mask; ; slot = (slot + 1) & _mask)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                value = default!;
                return false;
            }

            var index = (int)(uint)entry - 1;
            if ((uint)(entry >> 32) == hash && FoldedEquals(word, _keys[index]))
            {
                value = _values[index];
                return true;
            }
        }
    }

    // FNV-1a over the folded characters, the high half folded in so that the low bits used for the slot mix well.
    private static uint Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ Fold(c)) * 16777619u;
        }

        return hash ^ (hash >> 15);
    }

    private static bool FoldedEquals(ReadOnlySpan<char> a, string b)
    {
        if (a.Length != b.Length) return false;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i] && Fold(a[i]) != Fold(b[i])) return false;
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char Fold(char c) => c < 128 ? (c is >= 'a' and <= 'z' ? (char)(c & ~0x20) : c) : char.ToUpperInvariant(c);
}
