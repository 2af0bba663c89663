using Entente.Model;

namespace Entente.Coding;

/// <summary>The doer of an attack coded earlier in the document, for a later condemnation that names the act but not its
/// doer ("A US drone strike killed ... . Iraq's prime minister condemned the strike" condemns the United States) and for the
/// struck side's vow of revenge that names no one; and likewise the doer of an earlier sanction or expulsion for a later
/// condemnation of "the decision" or "the move", or for its target's threat to respond in kind (<paramref name="Measure"/>).</summary>
/// <param name="Attacker">Who carried the attack out.</param>
/// <param name="Victim">The scoring key of whom it struck, null when no one was named.</param>
/// <param name="Sentence">The sentence it was coded in.</param>
/// <param name="Measure">Whether the act is a measure short of force (roots 16-17: an expulsion, a sanction, a cut in ties).</param>
internal sealed record EarlierAttack(ActorCode Attacker, string? Victim, int Sentence, bool Measure = false)
{
    /// <summary>How many sentences on a condemnation may still point back at the attack.</summary>
    private const int Reach = 4;

    /// <summary>The last asserted attack (roots 18-20) among the events coded from <paramref name="from"/> on, with a state or
    /// group as its doer; else <paramref name="before"/>.</summary>
    public static EarlierAttack? Latest(List<CodedEvent> events, int from, EarlierAttack? before)
    {
        for (var i = events.Count - 1; i >= from; i--)
        {
            var e = events[i];
            if (e.Modality != Modality.Asserted || e.Cameo[0] is not ('1' or '2') || e.CameoRoot is not ("18" or "19" or "20")) continue;
            var s = e.Source;
            if (s.Country is null && s.Org is null) continue;
            return new EarlierAttack(new ActorCode(s.Code, s.Country, s.Org, s.Sector, s.Name), e.Target?.Key, e.Sentence);
        }

        return before;
    }

    /// <summary>The last asserted measure short of force (roots 16-17) among the events coded from <paramref name="from"/> on,
    /// with a state or group as its doer and a target; else <paramref name="before"/>.</summary>
    public static EarlierAttack? LatestMeasure(List<CodedEvent> events, int from, EarlierAttack? before)
    {
        for (var i = events.Count - 1; i >= from; i--)
        {
            var e = events[i];
            if (e.Modality != Modality.Asserted || e.CameoRoot is not ("16" or "17") || e.Target is null) continue;
            var s = e.Source;
            if (s.Country is null && s.Org is null) continue;
            return new EarlierAttack(new ActorCode(s.Code, s.Country, s.Org, s.Sector, s.Name), e.Target.Key, e.Sentence, Measure: true);
        }

        return before;
    }

    /// <summary>The attacker as the target of a condemnation with none of its own whose object is the act itself ("condemned
    /// the strike", "denounced the rocket fire"), when the attack was coded within a few sentences before and the condemner is
    /// not on its side; null otherwise. The slot points at the act's noun.</summary>
    public ActorSlot? TargetOf(SentenceView view, PatternMatch match, ActorSlot source)
    {
        if (match.Pattern.Kind != TriggerKind.Verb) return null;
        var gap = view.Sentence.Index - Sentence;
        if (gap < 1 || gap > Reach) return null;
        if (source.Actor.Key == Attacker.Key || (source.Actor.Country is not null && source.Actor.Country == Attacker.Country)) return null;
        // "A US drone strike killed an Iranian commander. Iran's leader vowed severe revenge": the side struck threatens its attacker.
        if (match.Pattern.Cameo.StartsWith("138", StringComparison.Ordinal))
            return Victim is not null && source.Actor.Key == Victim ? Pointer(view, match.FirstToken - view.Sentence.FirstToken) : null;
        if (!match.Pattern.Cameo.StartsWith("111", StringComparison.Ordinal)) return null;
        var k = match.FirstToken - view.Sentence.FirstToken + 1;
        if (!(view.Is(k, "the") || view.Is(k, "this") || view.Is(k, "these") || view.Is(k, "that"))) return null;
        k++;
        // One modifier may come first: "the drone strike", "the rocket fire", "the deadly attack".
        var noun = IsNoun(view, k) ? k : IsNoun(view, k + 1) && view.Word(k).Length > 0 && char.IsLower(view.Word(k)[0]) ? k + 1 : -1;
        if (noun < 0 || view.MentionAt[noun] >= 0 || (noun > k && view.MentionAt[k] >= 0)) return null;
        // "condemned the attack on its embassy by ...": an act that goes on to name more is left to the sentence itself.
        if (view.Is(noun + 1, "by") || view.Is(noun + 1, "of") || (Measure && (view.Is(noun + 1, "to") || view.Is(noun + 1, "against")))) return null;
        return Pointer(view, noun);
    }

    // The attacker as a slot whose mention points at word k of the sentence.
    private ActorSlot Pointer(SentenceView view, int k)
    {
        var token = view.Tokens[k];
        var pointer = new Mention(MentionKind.Actor, view.Sentence.Index, view.Sentence.FirstToken + k, 1, token.Start, token.End, []) { Actor = Attacker };
        return new ActorSlot(Attacker, pointer, "carried");
    }

    private bool IsNoun(SentenceView view, int k) => Measure ? IsMeasureNoun(view, k) : IsActNoun(view, k);

    // "condemned the decision", "denounced the expulsions": the words that name a measure without naming its doer.
    private static bool IsMeasureNoun(SentenceView view, int k)
    {
        if (k < 0 || k >= view.Count) return false;
        var w = view.Word(k);
        return w is "decision" or "move" or "expulsion" or "expulsions" or "sanctions" or "measures" or "ban" or "closure" or "step";
    }

    private static bool IsActNoun(SentenceView view, int k)
    {
        if (k < 0 || k >= view.Count) return false;
        var w = view.Word(k);
        return w is "attack" or "attacks" or "strike" or "strikes" or "airstrike" or "airstrikes" or "bombing" or "bombings" or "killing" or
            "killings" or "assault" or "raid" or "raids" or "shelling" or "fire" or "incursion" or "bombardment";
    }
}
