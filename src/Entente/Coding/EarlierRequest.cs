using Entente.Model;

namespace Entente.Coding;

/// <summary>An appeal, demand or offer coded earlier in the document, for a later refusal by its addressee that names the request
/// but not who made it ("The bloc urged the junta to halt air strikes. The junta rejected the appeal" rejects the bloc's appeal,
/// not the state named last).</summary>
internal static class EarlierRequest
{
    /// <summary>How many sentences on a refusal may still point back at the request.</summary>
    private const int Reach = 3;

    /// <summary>The maker of the last asserted appeal (02), offer (03) or demand (10) aimed at <paramref name="source"/> in the few
    /// sentences before, when <paramref name="match"/> is a rejection (root 12) whose object is a bare request noun ("rejected
    /// the appeal", "turned down the proposal") and its sentence names no other party; null otherwise. The slot points at the
    /// request's noun.</summary>
    public static ActorSlot? MakerOf(SentenceView view, PatternMatch match, ActorSlot source, IReadOnlyList<ActorSlot> targets, List<CodedEvent> events)
    {
        if (targets.Count > 0 || match.Pattern.Kind != TriggerKind.Verb || !match.Pattern.Cameo.StartsWith("12", StringComparison.Ordinal)) return null;
        // "Officials rejected the proposal": a bare plural keyed only from context may be anyone's; "the army" is the state's own.
        if (source.Resolution == "context" && !view.Is(view.FirstOf(source.Mention) - 1, "the")) return null;
        var k = match.LastToken - view.Sentence.FirstToken;
        // The pattern may end on its verb ("rejected") or on its noun ("rejected the appeal").
        if (!IsRequestNoun(view.Word(k)))
        {
            k++;
            if (!(view.Is(k, "the") || view.Is(k, "this") || view.Is(k, "that") || view.Is(k, "these") || view.Is(k, "those"))) return null;
            k++;
            if (k >= view.Count || !IsRequestNoun(view.Word(k))) return null;
        }

        // "rejected the appeal by Kenya", "the demand from Washington": a request that names its maker is the sentence's own.
        if (view.Is(k + 1, "by") || view.Is(k + 1, "from") || view.Is(k + 1, "of")) return null;
        for (var i = events.Count - 1; i >= 0; i--)
        {
            var e = events[i];
            var gap = view.Sentence.Index - e.Sentence;
            if (gap > Reach) break;
            if (gap < 1 || e.Modality != Modality.Asserted || e.Target is not { } t || t.Key != source.Actor.Key || !IsRequest(e.Cameo)) continue;
            if (e.Source.Key == source.Actor.Key || (e.Source.Country is null && e.Source.Org is null)) continue;
            return ActorSlot.CarriedAt(view, k, e.Source.Identity());
        }

        return null;
    }

    private static bool IsRequest(string code) =>
        code.StartsWith("02", StringComparison.Ordinal) || code.StartsWith("10", StringComparison.Ordinal) || code.StartsWith("03", StringComparison.Ordinal);

    private static bool IsRequestNoun(ReadOnlySpan<char> w) =>
        w is "appeal" or "appeals" or "call" or "calls" or "request" or "requests" or "demand" or "demands" or "proposal" or "proposals" or
            "offer" or "offers" or "plea" or "pleas" or "ultimatum" or "invitation" or "overture" or "overtures";
}
