using Entente.Model;

namespace Entente.Coding;

/// <summary>A meeting or visit coded earlier in the document, for a later condemnation that names the contact but not its
/// parties ("Taiwan's president visited Guatemala. Beijing condemned the visit" condemns Taiwan): the target is the visitor
/// (the contact's source, as in "condemned the visit of Pelosi to Taiwan"); the visitor's own side is left alone.</summary>
/// <param name="Visitor">The contact's source: who visited, met or called.</param>
/// <param name="Sentence">The sentence it was coded in.</param>
/// <param name="Host">The contact's target: whom the visitor met, visited or called.</param>
internal sealed record EarlierContact(ActorCode Visitor, int Sentence, ActorCode? Host = null)
{
    /// <summary>How many sentences on a condemnation may still point back at the contact.</summary>
    private const int Reach = 3;

    /// <summary>The first asserted contact (040-046, not a mediation) of the latest sentence with one among the events coded from
    /// <paramref name="from"/> on, between two states or organisations; else <paramref name="before"/>.</summary>
    public static EarlierContact? Latest(List<CodedEvent> events, int from, EarlierContact? before)
    {
        EarlierContact? latest = null;
        for (var i = events.Count - 1; i >= from; i--)
        {
            var e = events[i];
            // A mediator (045) is no side of the contact it brokers.
            if (e.Modality != Modality.Asserted || e.CameoRoot != "04" || e.Cameo == "045" || e.Target is not { } t || (t.Country is null && t.Org is null)) continue;
            var s = e.Source;
            if (s.Country is null && s.Org is null) continue;
            if (latest is not null && latest.Sentence != e.Sentence) break;
            latest = new EarlierContact(s.Identity(), e.Sentence, t.Identity());
        }

        return latest ?? before;
    }

    /// <summary>The party a condemnation or protest with no target of its own aims at when its object is the contact itself
    /// ("condemned the visit", "criticised the talks", "protested the trip", "the visit was condemned by"), within a few sentences
    /// after it; null otherwise.
    /// The slot points at the contact's noun.</summary>
    public (ActorSlot Slot, int Sentence)? TargetOf(SentenceView view, PatternMatch match, ActorSlot source)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(source);
        var cameo = match.Pattern.Cameo;
        if (match.Pattern.Kind != TriggerKind.Verb || !(cameo.StartsWith("111", StringComparison.Ordinal) || cameo.StartsWith("114", StringComparison.Ordinal)))
            return null;
        var gap = view.Sentence.Index - Sentence;
        if (gap < 1 || gap > Reach) return null;
        var noun = ObjectNoun(view, match.LastToken - view.Sentence.FirstToken + 1);
        // "The visit was condemned by Beijing": the contact is the passive's subject.
        if (noun < 0) noun = PassiveSubjectNoun(view, match.FirstToken - view.Sentence.FirstToken - 1);
        // "condemned the visit of Pelosi to Taiwan", "the meeting with the Dalai Lama": a contact that names its parties is left
        // to the sentence itself.
        if (noun < 0 || view.Is(noun + 1, "of") || view.Is(noun + 1, "by") || view.Is(noun + 1, "with") || view.Is(noun + 1, "to") ||
            view.Is(noun + 1, "between")) return null;
        // "Taiwan's opposition criticised the trip": the visitor's own side faults its own, not the host.
        if (source.IsSideOf(Visitor)) return null;
        return (ActorSlot.CarriedAt(view, noun, Visitor), Sentence);
    }

    /// <summary>The two parties of the contact when <paramref name="match"/> is its noun as the subject of a mediating passive that
    /// names no party ("The meeting was brokered by St Vincent's prime minister and Brazil"), within a few sentences after it: the
    /// go-betweens after "by" mediate (045) between the contact's two sides rather than meet each other. Null otherwise; the slots
    /// point at the noun.</summary>
    public List<ActorSlot>? BrokeredParties(SentenceView view, PatternMatch match)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (Host is not { } host || host.Key == Visitor.Key || match.Pattern.Kind != TriggerKind.Noun) return null;
        var gap = view.Sentence.Index - Sentence;
        if (gap < 1 || gap > Reach) return null;
        var noun = match.HeadToken - view.Sentence.FirstToken;
        if (!IsContactNoun(view, noun) || !(ObjectNoun(view, noun - 1) == noun || ObjectNoun(view, noun - 2) == noun)) return null;
        var k = noun + 1;
        if (!(view.Is(k, "was") || view.Is(k, "were"))) return null;
        k++;
        if (view.Is(k, "jointly")) k++;
        if (!(view.Is(k, "brokered") || view.Is(k, "mediated") || view.Is(k, "facilitated")) || !view.Is(k + 1, "by")) return null;
        return [ActorSlot.CarriedAt(view, noun, Visitor), ActorSlot.CarriedAt(view, noun, host)];
    }

    /// <summary>The contact noun of a phrase starting at <paramref name="k"/>: "the visit", "this trip", with one lower-case
    /// modifier allowed ("the recent visit", "the secret talks", "the phone call"); else -1.</summary>
    private static int ObjectNoun(SentenceView view, int k)
    {
        if (!(view.Is(k, "the") || view.Is(k, "this") || view.Is(k, "that"))) return -1;
        k++;
        return IsContactNoun(view, k) ? k : IsContactNoun(view, k + 1) && view.MentionAt[k] < 0 && view.Word(k) is { Length: > 0 } w && char.IsLower(w[0]) ? k + 1 : -1;
    }

    /// <summary>The contact noun of a passive's subject ending before the auxiliary at <paramref name="aux"/> ("The visit was
    /// condemned", "the talks have been criticised"); else -1.</summary>
    private static int PassiveSubjectNoun(SentenceView view, int aux)
    {
        if (!(view.Is(aux, "was") || view.Is(aux, "were") || view.Is(aux, "been"))) return -1;
        var noun = view.Is(aux, "been") && (view.Is(aux - 1, "has") || view.Is(aux - 1, "have")) ? aux - 2 : aux - 1;
        if (!IsContactNoun(view, noun)) return -1;
        return ObjectNoun(view, noun - 1) == noun || ObjectNoun(view, noun - 2) == noun ? noun : -1;
    }

    private static bool IsContactNoun(SentenceView view, int k)
    {
        if (k < 0 || k >= view.Count) return false;
        var w = view.Word(k);
        return w is "visit" or "visits" or "trip" or "meeting" or "meetings" or "talks" or "tour" or "stopover" or "transit" or "call" or "summit";
    }
}
