using Entente.Model;

namespace Entente.Coding;

/// <summary>An agreement signed earlier in the document, for a later reaction that names the agreement but not its parties
/// ("Vietnam and the Philippines signed a coast guard pact. China criticised the pact" criticises both signers): the targets
/// are the signing sides, less the reacting actor's own.</summary>
/// <param name="A">One signing side.</param>
/// <param name="B">The other signing side.</param>
/// <param name="Sentence">The sentence the signing was coded in.</param>
/// <param name="Headline">Whether the headline told this agreement: "Saudi Arabia and Iran agree to restore ties" is the deal the
/// whole page reacts to, so "The United States welcomed the deal" five sentences down still welcomes it.</param>
internal sealed record EarlierAgreement(ActorCode A, ActorCode B, int Sentence, bool Headline = false)
{
    /// <summary>How many sentences on a reaction may still point back at the agreement.</summary>
    private const int Reach = 3;

    /// <summary>The first asserted signing (057), or mutual agreement to act ("Azerbaijan and Armenia agreed to open a road
    /// link": an asserted 03x or ceasefire coded both ways), among the events coded from <paramref name="from"/> on, between two
    /// states or organisations; else <paramref name="before"/>. <paramref name="headline"/> says the events were a headline's; the
    /// body telling the headline's agreement again keeps it the headline's.</summary>
    public static EarlierAgreement? Latest(List<CodedEvent> events, int from, EarlierAgreement? before, bool headline = false)
    {
        for (var i = from; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Modality != Modality.Asserted || !(e.Cameo == "057" || IsMutualAgreement(events, from, e)) || e.Target is not { } t ||
                (t.Country is null && t.Org is null)) continue;
            var s = e.Source;
            if ((s.Country is null && s.Org is null) || s.Key == t.Key) continue;
            var (a, b) = (Side(s), Side(t));
            return new EarlierAgreement(a, b, e.Sentence, headline || (before is { Headline: true } told && told.IsBetween(a, b)));
        }

        return before;
    }

    /// <summary>An asserted commitment (03x) or ceasefire (0871) whose mirror was coded too: the two sides agreed with each
    /// other.</summary>
    private static bool IsMutualAgreement(List<CodedEvent> events, int from, CodedEvent e) =>
        (e.Cameo.StartsWith("03", StringComparison.Ordinal) || e.Cameo == "0871") && HasMirror(events, from, e);

    /// <summary>Whether the events from <paramref name="from"/> on hold the mirror of <paramref name="e"/>: the same asserted code
    /// from its target to its source, in the same sentence.</summary>
    internal static bool HasMirror(List<CodedEvent> events, int from, CodedEvent e)
    {
        if (e.Target is not { } t) return false;
        for (var i = from; i < events.Count; i++)
        {
            var m = events[i];
            if (m.Sentence == e.Sentence && m.Cameo == e.Cameo && m.Modality == Modality.Asserted && m.Target is { } mt && mt.Key == e.Source.Key && m.Source.Key == t.Key)
                return true;
        }

        return false;
    }

    /// <summary>The signing sides a condemnation or welcome with no target of its own aims at when its object is the agreement
    /// itself ("criticised the pact", "welcomed the new security deal"), within a few sentences after the signing; null
    /// otherwise. The slots point at the agreement's noun.</summary>
    public List<ActorSlot>? TargetsOf(SentenceView view, PatternMatch match, ActorSlot source)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(source);
        var cameo = match.Pattern.Cameo;
        if (!(cameo.StartsWith("111", StringComparison.Ordinal) || cameo.StartsWith("051", StringComparison.Ordinal))) return null;
        var gap = view.Sentence.Index - Sentence;
        if (gap < 1 || (gap > Reach && !Headline)) return null;
        // "welcomed the new agreement" may be one pattern that ends on the noun itself.
        var last = match.LastToken - view.Sentence.FirstToken;
        var start = ReactionObject(view, last + 1, out var felt);
        // A noun trigger reacts to what follows it only as a feeling about it ("deeply disappointed by the pact").
        if (match.Pattern.Kind != TriggerKind.Verb && !felt) return null;
        var noun = IsAgreementNoun(view, last) ? EndingNoun(view, last) : ObjectNoun(view, start);
        // "criticised the pact between Manila and Tokyo", "the deal with Iran": an agreement that names its parties is left to
        // the sentence itself.
        if (noun < 0 || view.Is(noun + 1, "of") || view.Is(noun + 1, "by") || view.Is(noun + 1, "with") || view.Is(noun + 1, "between") ||
            view.Is(noun + 1, "signed")) return null;
        var slots = new List<ActorSlot>(2);
        foreach (var party in (ReadOnlySpan<ActorCode>)[A, B])
        {
            // A signer welcoming its own deal is no reaction to the other's.
            if (source.IsSideOf(party)) return null;
            slots.Add(ActorSlot.CarriedAt(view, noun, party));
        }

        return slots;
    }

    /// <summary>Where the object of a reaction starts after its trigger ends at <paramref name="k"/> - 1: past a closing quotation mark
    /// and the preposition of a reaction stated as a feeling ('was "deeply disappointed" by the agreement', "concerned about the
    /// deal").</summary>
    private static int ReactionObject(SentenceView view, int k, out bool felt)
    {
        if (view.Is(k, "\"") || view.Is(k, "\u201d")) k++;
        felt = view.Is(k, "by") || view.Is(k, "about") || view.Is(k, "over") || view.Is(k, "at") || view.Is(k, "with");
        return felt ? k + 1 : k;
    }

    private bool IsBetween(ActorCode a, ActorCode b) => (A.Key == a.Key && B.Key == b.Key) || (A.Key == b.Key && B.Key == a.Key);

    /// <summary>A side of a coded event as a plain actor (no sector, no name).</summary>
    internal static ActorCode Side(ActorRef a) => ActorContext.Plain(a.Identity());

    /// <summary>The agreement noun of a phrase starting at <paramref name="k"/>: "the pact", "this deal", with up to two lower-case
    /// modifiers before it ("the new deal", "the coast guard pact"); else -1.</summary>
    private static int ObjectNoun(SentenceView view, int k)
    {
        if (!(view.Is(k, "the") || view.Is(k, "this") || view.Is(k, "that"))) return -1;
        for (var n = k + 1; n <= k + 3; n++)
        {
            if (IsAgreementNoun(view, n)) return n;
            if (n >= view.Count || view.MentionAt[n] >= 0 || view.Word(n) is not { Length: > 0 } w || !char.IsLower(w[0])) return -1;
        }

        return -1;
    }

    /// <summary>The agreement noun at <paramref name="noun"/> when "the", "this" or "that" opens its phrase with at most two
    /// lower-case modifiers between; else -1.</summary>
    private static int EndingNoun(SentenceView view, int noun)
    {
        for (var k = noun - 1; k >= 0 && k >= noun - 3; k--)
        {
            if (ObjectNoun(view, k) == noun) return noun;
        }

        return -1;
    }

    private static bool IsAgreementNoun(SentenceView view, int k)
    {
        if (k < 0 || k >= view.Count) return false;
        var w = view.Word(k);
        return w is "agreement" or "agreements" or "pact" or "deal" or "accord" or "treaty" or "memorandum" or "accords";
    }
}
