using Entente.Model;

namespace Entente.Coding;

/// <summary>An accusation coded earlier in the document, for a later denial by the accused that names the accusation but not
/// its maker ("Iran accused Israel of sabotage. ... Israel denied the accusation" denies Iran's charge, not the state named
/// last).</summary>
/// <param name="Accuser">Who made the accusation.</param>
/// <param name="Accused">The scoring key of whom it accused.</param>
/// <param name="Sentence">The sentence it was coded in.</param>
/// <param name="Lead">Whether the headline or the story's first sentence told it: "KYIV (Reuters) - Zelenskiy accused Russia of
/// ..." is the charge the whole report is about, so "Lavrov dismissed the accusations" after quotes and other news still answers
/// it.</param>
internal sealed record EarlierAccusation(ActorCode Accuser, string Accused, int Sentence, bool Lead = false)
{
    /// <summary>How many sentences on a denial may still point back at the accusation.</summary>
    private const int Reach = 4;

    /// <summary>The last asserted accusation (112) among the events coded from <paramref name="from"/> on, with a state or group
    /// as its maker and a target; else <paramref name="before"/>. <paramref name="lead"/> says the events were the headline's or
    /// the first sentence's.</summary>
    public static EarlierAccusation? Latest(List<CodedEvent> events, int from, EarlierAccusation? before, bool lead = false)
    {
        for (var i = events.Count - 1; i >= from; i--)
        {
            var e = events[i];
            if (e.Modality != Modality.Asserted || !e.Cameo.StartsWith("112", StringComparison.Ordinal) || e.Target is null) continue;
            var s = e.Source;
            if (s.Country is null && s.Org is null) continue;
            return new EarlierAccusation(s.Identity(), e.Target.Key, e.Sentence, lead);
        }

        return before;
    }

    /// <summary>The accuser as the target of a denial (016) or rejection (root 12) by the accused whose object is the bare accusation ("denied the
    /// accusation", "rejected the allegations"), when the accusation was coded within a few sentences before and the denial
    /// names no other party in its sentence; null otherwise. The slot points at the accusation's noun.</summary>
    public ActorSlot? TargetOf(SentenceView view, PatternMatch match, ActorSlot source, IReadOnlyList<ActorSlot> targets)
    {
        // A denial, or a rejection of the charge ("Lavrov dismissed the accusations").
        if (match.Pattern.Kind != TriggerKind.Verb ||
            !(match.Pattern.Cameo.StartsWith("016", StringComparison.Ordinal) || match.Pattern.Cameo.StartsWith("12", StringComparison.Ordinal))) return null;
        var gap = view.Sentence.Index - Sentence;
        if (gap < 1 || (gap > Reach && !Lead) || source.Actor.Key != Accused) return null;
        for (var i = 0; i < targets.Count; i++)
        {
            if (targets[i].Mention.Sentence == view.Sentence.Index) return null;
        }

        var k = match.HeadToken - view.Sentence.FirstToken + 1;
        if (!(view.Is(k, "the") || view.Is(k, "these") || view.Is(k, "this") || view.Is(k, "those") || view.Is(k, "that"))) return null;
        k++;
        if (k >= view.Count || !IsChargeNoun(view.Word(k))) return null;
        // "denied the accusation by ...", "rejected the charges of ...": an accusation that goes on to name more is the sentence's own.
        if (view.Is(k + 1, "by") || view.Is(k + 1, "of") || view.Is(k + 1, "from") || view.Is(k + 1, "that")) return null;
        return ActorSlot.CarriedAt(view, k, Accuser);
    }

    private static bool IsChargeNoun(ReadOnlySpan<char> w) =>
        w is "accusation" or "accusations" or "allegation" or "allegations" or "charge" or "charges" or "claim" or "claims";
}
