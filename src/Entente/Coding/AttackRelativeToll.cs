using Entente.Model;

namespace Entente.Coding;

/// <summary>"in response to an Israeli air strike that killed one of its commanders": a killing told in a relative clause on
/// an attack noun that this sentence has coded is that attack's toll, as "a US drone strike killed ..." is (the noun as the
/// subject); it is no second attack, least of all by the main clause's subject. So too a killing told of an attack under
/// investigation ("the Israeli military said it was investigating the strike that killed seven aid workers"): the investigator
/// does not say whose the strike was, and the clause subject is not its doer.</summary>
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
        var before = PlaceStart(view, first - 2) + view.Sentence.FirstToken;
        foreach (var noun in kept)
        {
            var investigated = noun.Pattern.Cameo.StartsWith("09", StringComparison.Ordinal) && noun.LastToken == before;
            if (!investigated && (noun.Pattern.Kind != TriggerKind.Noun || noun.LastToken != match.FirstToken - 2 || !AttackOutcome.IsViolent(noun.Pattern.Cameo))) continue;
            var start = doc.Tokens[noun.FirstToken].Start;
            for (var i = from; i < events.Count; i++)
            {
                if (events[i].Trigger.Start == start) return true;
            }
        }

        return false;
    }

    /// <summary>"a drone strike in Syria that killed": the word before a place phrase ("in"/"near" and a place or state) ending at
    /// <paramref name="k"/>, or <paramref name="k"/> itself.</summary>
    private static int PlaceStart(SentenceView view, int k)
    {
        if (k < 2 || view.MentionAt[k] < 0 || view.Mentions[view.MentionAt[k]] is not { Kind: MentionKind.Place or MentionKind.Actor } place) return k;
        var at = view.FirstOf(place) - 1;
        return view.Is(at, "in") || view.Is(at, "near") ? at - 1 : k;
    }
}
