using Entente.Text;

namespace Entente.Syntax;

/// <summary>
/// The compiled part-of-speech lexicon: closed-class words with their one class, and open-class words with their
/// weights per class. Immutable; lookups take spans, ignore case and allocate nothing.
/// </summary>
public sealed class PosLexicon
{
    private readonly CaselessWordTable<PartOfSpeech> _closed;
    private readonly CaselessWordTable<PosWeights> _open;

    /// <summary>Creates a lexicon from its two tables (keys compared ignoring case; a word listed twice in one table is an error).</summary>
    public PosLexicon(IReadOnlyDictionary<string, PartOfSpeech> closed, IReadOnlyDictionary<string, PosWeights> open)
    {
        ArgumentNullException.ThrowIfNull(closed);
        ArgumentNullException.ThrowIfNull(open);
        _closed = new CaselessWordTable<PartOfSpeech>(closed);
        _open = new CaselessWordTable<PosWeights>(open);
    }

    /// <summary>Number of closed-class words.</summary>
    public int ClosedCount => _closed.Count;

    /// <summary>Number of open-class words.</summary>
    public int OpenCount => _open.Count;

    /// <summary>The class of a function word, if <paramref name="word"/> is one.</summary>
    public bool TryClosed(ReadOnlySpan<char> word, out PartOfSpeech pos) => _closed.TryGetValue(word, out pos);

    /// <summary>The weights of an open-class word as listed (no inflection handling); empty when not listed.</summary>
    public PosWeights Listed(ReadOnlySpan<char> word) => _open.TryGetValue(word, out var w) ? w : default;
}
