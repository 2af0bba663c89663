using Entente.Model;

namespace Entente.Coding;

/// <summary>A decision coded earlier in the document, for a later welcome that names the decision but not its maker
/// ("Turkey's parliament approved Sweden's bid to join NATO. Sweden's prime minister welcomed the vote" praises Turkey; "France
/// will withdraw its ambassador, Macron said. Niger's junta welcomed the announcement" praises France): the target is the
/// decision's maker. Attacks, measures, contacts and signings have links of their own (<see cref="EarlierAttack"/>,
/// <see cref="EarlierContact"/>, <see cref="EarlierAgreement"/>); this one takes the other acts of policy.</summary>
/// <param name="Maker">The decision's source.</param>
/// <param name="Sentence">The sentence it was coded in.</param>
internal sealed record EarlierDecision(ActorCode Maker, int Sentence)
{
    /// <summary>How many sentences on a welcome may still point back at the decision: a report often tells the decision's
    /// background before the reactions.</summary>
    private const int Reach = 6;

    /// <summary>The latest asserted or announced act of policy (commitments, support, cooperation, aid, concessions,
    /// rejections, threats, cuts: roots 03, 05-08, 12, 13, 16) among the events coded from <paramref name="from"/> on, between
    /// two states or organisations; else <paramref name="before"/>. A welcome of the decision's maker keeps the decision in
    /// view ("Sweden welcomed the vote. ... NATO also welcomed the decision"), with the welcome's sentence.</summary>
    public static EarlierDecision? Latest(List<CodedEvent> events, int from, EarlierDecision? before)
    {
        for (var i = events.Count - 1; i >= from; i--)
        {
            var e = events[i];
            if (e.Modality is not (Modality.Asserted or Modality.Future) || !IsPolicyRoot(e.CameoRoot) ||
                e.Target is not { } t || (t.Country is null && t.Org is null)) continue;
            var s = e.Source;
            if ((s.Country is null && s.Org is null) || s.Key == t.Key) continue;
            if (!IsWelcome(e.Trigger.Text)) return new EarlierDecision(s.Identity(), e.Sentence);
            if (before is not null && before.Maker.Key == t.Key) return before with { Sentence = e.Sentence };
        }

        return before;
    }

    /// <summary>The maker a welcome with no target of its own aims at when its object is the decision itself ("welcomed the
    /// vote", "hailed the announcement", "welcomed this important step"), within a few sentences after it and by someone not on
    /// the maker's side; null otherwise. The slot points at the decision's noun.</summary>
    public (ActorSlot Slot, int Sentence)? TargetOf(SentenceView view, PatternMatch match, ActorSlot source)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(source);
        if (match.Pattern.Kind != TriggerKind.Verb || !match.Pattern.Cameo.StartsWith("051", StringComparison.Ordinal)) return null;
        var gap = view.Sentence.Index - Sentence;
        if (gap < 1 || gap > Reach || source.IsSideOf(Maker)) return null;
        var k = match.FirstToken - view.Sentence.FirstToken + 1;
        if (!(view.Is(k, "the") || view.Is(k, "this") || view.Is(k, "that"))) return null;
        k++;
        var noun = IsDecisionNoun(view, k) ? k
            : IsDecisionNoun(view, k + 1) && view.MentionAt[k] < 0 && view.Word(k) is { Length: > 0 } w && char.IsLower(w[0]) ? k + 1 : -1;
        // "welcomed the decision to release ...", "the vote by parliament", "the agreement with Iran": a decision that goes on
        // to name more is left to the sentence itself.
        if (noun < 0 || view.Is(noun + 1, "of") || view.Is(noun + 1, "by") || view.Is(noun + 1, "to") || view.Is(noun + 1, "with") ||
            view.Is(noun + 1, "between") || view.Is(noun + 1, "on")) return null;
        return (ActorSlot.CarriedAt(view, noun, Maker), Sentence);
    }

    private static bool IsPolicyRoot(string root) =>
        root is "03" or "05" or "06" or "07" or "08" or "12" or "13" or "16";

    // A welcome coded before is a reaction, not the decision a later welcome joins in on.
    private static bool IsWelcome(string trigger) =>
        trigger.StartsWith("welcom", StringComparison.OrdinalIgnoreCase) || trigger.StartsWith("hail", StringComparison.OrdinalIgnoreCase) ||
        trigger.StartsWith("prais", StringComparison.OrdinalIgnoreCase) || trigger.StartsWith("applaud", StringComparison.OrdinalIgnoreCase) ||
        trigger.StartsWith("commend", StringComparison.OrdinalIgnoreCase);

    private static bool IsDecisionNoun(SentenceView view, int k)
    {
        if (k < 0 || k >= view.Count) return false;
        var w = view.Word(k);
        // Not "agreement" or "deal": an agreement has two sides, which only a signing names (EarlierAgreement).
        return w is "decision" or "vote" or "move" or "announcement" or "step" or "approval" or "ratification" or "pledge" or "offer" or
            "plan" or "initiative";
    }
}
