using Entente.Model;

namespace Entente.Coding;

/// <summary>The adversary named earlier in the sentence as the target of a hostile act with none of its own: "Accusing Israel of
/// the strike, Tehran vowed to take revenge", "Moscow blamed Kyiv for the attack and vowed to retaliate" (a side that accuses
/// someone and threatens in the same sentence threatens the one it accuses); "Bolivia accused Israel of crimes against humanity
/// and severed diplomatic ties" (a cut in relations follows the side's accusation, condemnation, refusal, threat or measure).</summary>
internal static class ThreatenedAccused
{
    /// <summary>The target of the last asserted accusation (112) that <paramref name="source"/> made earlier in this sentence
    /// (the events from <paramref name="from"/> on), when <paramref name="match"/> is a threat (root 13); null otherwise. The slot
    /// points at the threat's trigger.</summary>
    public static ActorSlot? TargetOf(SentenceView view, PatternMatch match, ActorSlot source, List<CodedEvent> events, int from) =>
        match.Pattern.Cameo.StartsWith("13", StringComparison.Ordinal)
            ? Latest(view, match, source, events, from, static code => code.StartsWith("112", StringComparison.Ordinal))
            : null;

    /// <summary>The target of the last asserted disapproval, rejection, threat, cut or coercion (roots 11, 12, 13, 16, 17) that
    /// <paramref name="source"/> aimed earlier in this sentence, when <paramref name="match"/> reduces relations (root 16);
    /// null otherwise.</summary>
    public static ActorSlot? CutTargetOf(SentenceView view, PatternMatch match, ActorSlot source, List<CodedEvent> events, int from) =>
        match.Pattern.Cameo.StartsWith("16", StringComparison.Ordinal)
            ? Latest(view, match, source, events, from, static code => code.Length >= 2 && code[0] == '1' && code[1] is '1' or '2' or '3' or '6' or '7')
            : null;

    private static ActorSlot? Latest(SentenceView view, PatternMatch match, ActorSlot source, List<CodedEvent> events, int from, Func<string, bool> earlier)
    {
        for (var i = events.Count - 1; i >= from; i--)
        {
            var e = events[i];
            if (e.Target is not { } t || e.Modality != Modality.Asserted || !earlier(e.Cameo)) continue;
            if (e.Source.Key != source.Actor.Key || t.Key == source.Actor.Key) continue;
            return ActorSlot.CarriedAt(view, match.FirstToken - view.Sentence.FirstToken, t.Identity());
        }

        return null;
    }
}
