using System.Collections.Frozen;

namespace Entente.Syntax;

/// <summary>
/// The compiled part-of-speech lexicon: closed-class words with their one class, and open-class words with their
/// weights per class. Immutable; lookups take spans, ignore case and allocate nothing.
/// </summary>
public sealed class PosLexicon
{
    private readonly FrozenDictionary<string, PartOfSpeech>.AlternateLookup<ReadOnlySpan<char>> _closed;
    private readonly FrozenDictionary<string, PosWeights>.AlternateLookup<ReadOnlySpan<char>> _open;

    /// <summary>Creates a lexicon from its two tables (keys compared ignoring case).</summary>
    public PosLexicon(IReadOnlyDictionary<string, PartOfSpeech> closed, IReadOnlyDictionary<string, PosWeights> open)
    {
        ArgumentNullException.ThrowIfNull(closed);
        ArgumentNullException.ThrowIfNull(open);
        var closedTable = closed.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        var openTable = open.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        ClosedCount = closedTable.Count;
        OpenCount = openTable.Count;
        _closed = closedTable.GetAlternateLookup<ReadOnlySpan<char>>();
        _open = openTable.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Number of closed-class words.</summary>
    public int ClosedCount { get; }

    /// <summary>Number of open-class words.</summary>
    public int OpenCount { get; }

    /// <summary>The class of a function word, if <paramref name="word"/> is one.</summary>
    public bool TryClosed(ReadOnlySpan<char> word, out PartOfSpeech pos) => _closed.TryGetValue(word, out pos);

    /// <summary>The weights of an open-class word as listed (no inflection handling); empty when not listed.</summary>
    public PosWeights Listed(ReadOnlySpan<char> word) => _open.TryGetValue(word, out var w) ? w : default;
}
