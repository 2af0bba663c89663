using Entente.Model;

namespace Entente.Coding;

/// <summary>Passive strikes whose agent is named inside a quantity ("Kharkiv was pounded by a barrage of Russian missiles",
/// "Odesa was hit by a wave of Russian drones") and whose subject is the place struck: the weapon's owner in the "of" phrase
/// is the attacker, and the place opening the clause is the target.</summary>
internal sealed class StrikeQuantity
{
    private static readonly string[] Quantities =
    [
        "barrage", "barrages", "wave", "waves", "volley", "volleys", "salvo", "salvos", "hail", "swarm", "swarms", "series", "string",
        "spate", "flurry", "rain", "torrent", "fleet", "dozens", "hundreds", "scores", "number", "round", "rounds", "onslaught",
    ];

    private static readonly string[] Adverbs = ["reportedly", "again", "heavily", "repeatedly", "also", "once", "overnight", "badly"];

    private readonly WordSets _words;

    /// <summary>Creates the reader over the shared word sets.</summary>
    public StrikeQuantity(WordSets words) => _words = words;

    /// <summary>The token right after "of" when the words after <paramref name="by"/> are a determiner, at most two
    /// adjectives and a quantity noun ("by a fresh barrage of"), or -1.</summary>
    public int AgentStart(SentenceView view, int by)
    {
        var k = by + 1;
        var clause = view.Clause[by];
        while (k < view.Count && view.MentionAt[k] < 0 && _words.IsDeterminer(view.Word(k))) k++;
        for (var n = 0; n < 3 && k < view.Count && view.MentionAt[k] < 0 && view.Clause[k] == clause; n++, k++)
        {
            if (IsQuantity(view.Word(k))) return view.Is(k + 1, "of") && k + 2 < view.Count && view.Clause[k + 2] == clause ? k + 2 : -1;
            var w = view.Word(k);
            if (w.Length == 0 || !char.IsLower(w[0]) || view.Tokens[k].Kind != TokenKind.Word || _words.IsPreposition(w)) return -1;
        }

        return -1;
    }

    /// <summary>The place that is the subject of the passive whose first word (auxiliary or participle) is at
    /// <paramref name="first"/>: a place mention opening its clause (after a determiner at most), auxiliaries and a few adverbs
    /// between; null when none.</summary>
    public Mention? PlaceSubject(SentenceView view, int first)
    {
        var k = first - 1;
        while (k >= 0 && view.MentionAt[k] < 0 && view.Clause[k] == view.Clause[first] && IsAuxiliaryOrAdverb(view.Word(k))) k--;
        if (k < 0 || view.MentionAt[k] < 0 || view.Clause[k] != view.Clause[first]) return null;
        var m = view.Mentions[view.MentionAt[k]];
        if (m.Kind != MentionKind.Place) return null;
        var start = view.FirstOf(m) - 1;
        while (start >= 0 && view.MentionAt[start] < 0 && _words.IsDeterminer(view.Word(start))) start--;
        return start < 0 || view.Clause[start] != view.Clause[first] || view.Word(start) is "," ? m : null;
    }

    private bool IsAuxiliaryOrAdverb(ReadOnlySpan<char> w)
    {
        if (_words.IsBe(w) || w is "been" or "being" or "has" or "have" or "had" or "was" or "were" or "is" or "are" or "be" or "got" or "gets" or "get") return true;
        foreach (var a in Adverbs)
        {
            if (w.Equals(a, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    private static bool IsQuantity(ReadOnlySpan<char> w)
    {
        foreach (var q in Quantities)
        {
            if (w.Equals(q, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }
}
