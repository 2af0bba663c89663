using Entente.Model;

namespace Entente.Coding;

/// <summary>The accused as the target of a threat with none of its own: "Accusing Israel of the strike, Tehran vowed to take
/// revenge", "Moscow blamed Kyiv for the attack and vowed to retaliate". A side that accuses someone in a sentence and threatens
/// in the same sentence threatens the one it accuses.</summary>
internal static class ThreatenedAccused
{
    /// <summary>The target of the last asserted accusation (112) that <paramref name="source"/> made earlier in this sentence
    /// (the events from <paramref name="from"/> on), when <paramref name="match"/> is a threat (root 13); null otherwise. The slot
    /// points at the threat's trigger.</summary>
    public static ActorSlot? TargetOf(SentenceView view, PatternMatch match, ActorSlot source, List<CodedEvent> events, int from)
    {
        if (!match.Pattern.Cameo.StartsWith("13", StringComparison.Ordinal)) return null;
        for (var i = events.Count - 1; i >= from; i--)
        {
            var e = events[i];
            if (e.Target is not { } t || e.Modality != Modality.Asserted || !e.Cameo.StartsWith("112", StringComparison.Ordinal)) continue;
            if (e.Source.Key != source.Actor.Key || t.Key == source.Actor.Key) continue;
            return ActorSlot.CarriedAt(view, match.FirstToken - view.Sentence.FirstToken, t.Identity());
        }

        return null;
    }
}
