using Entente.Model;

namespace Entente.Coding;

/// <summary>"in response to an Israeli air strike that killed one of its commanders": a killing told in a relative clause on
/// an attack noun that this sentence has coded is that attack's toll, as "a US drone strike killed ..." is (the noun as the
/// subject); it is no second attack, least of all by the main clause's subject.</summary>
internal static class AttackRelativeToll
{
    /// <summary>Whether the plain-force verb trigger of <paramref name="match"/> (190) stands right after "that"/"which" that
    /// follows a violent noun match among <paramref name="kept"/> whose event was coded in this sentence (events from
    /// <paramref name="from"/> on).</summary>
    public static bool Holds(SentenceView view, List<PatternMatch> kept, PatternMatch match, List<CodedEvent> events, int from, SegmentedDocument doc)
    {
        if (match.Pattern.Kind != TriggerKind.Verb || match.Pattern.Cameo != "190") return false;
        var first = match.FirstToken - view.Sentence.FirstToken;
        if (first < 2 || !(view.Is(first - 1, "that") || view.Is(first - 1, "which"))) return false;
        foreach (var noun in kept)
        {
            if (noun.Pattern.Kind != TriggerKind.Noun || noun.LastToken != match.FirstToken - 2 || !AttackOutcome.IsViolent(noun.Pattern.Cameo)) continue;
            var start = doc.Tokens[noun.FirstToken].Start;
            for (var i = from; i < events.Count; i++)
            {
                if (events[i].Trigger.Start == start) return true;
            }
        }

        return false;
    }
}
