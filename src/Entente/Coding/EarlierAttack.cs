using Entente.Model;

namespace Entente.Coding;

/// <summary>The doer of an attack coded earlier in the document, for a later condemnation that names the act but not its
/// doer ("A US drone strike killed ... . Iraq's prime minister condemned the strike" condemns the United States) and for the
/// struck side's vow of revenge that names no one. Attacks by other doers coded before it stay reachable through
/// <see cref="Previous"/>: an article may report two sides' attacks before a reaction to one of them. Likewise the doer of an
/// earlier sanction or expulsion for a later condemnation of "the decision" or "the move", or for its target's threat to respond
/// in kind (<paramref name="Measure"/>).</summary>
/// <param name="Attacker">Who carried the attack out.</param>
/// <param name="Victim">The scoring key of whom it struck, null when no one was named.</param>
/// <param name="Sentence">The sentence it was coded in.</param>
/// <param name="Code">The attack's CAMEO code.</param>
/// <param name="Previous">The latest earlier attack by another doer, or null.</param>
/// <param name="Measure">Whether the act is a measure short of force (roots 16-17: an expulsion, a sanction, a cut in ties).</param>
/// <param name="End">Where its trigger ends in the text: an attack of the reaction's own sentence must come before it.</param>
/// <param name="Headline">Whether it was told in a headline: "Iran attacks Israel: live updates" is the attack the whole page
/// reacts to, so it stays in reach however far down "condemned the attack" comes.</param>
internal sealed record EarlierAttack(ActorCode Attacker, string? Victim, int Sentence, string Code = "190", EarlierAttack? Previous = null, bool Measure = false, int End = 0, bool Headline = false)
{
    /// <summary>How many sentences on a condemnation may still point back at the attack.</summary>
    private const int Reach = 4;

    /// <summary>How many attacks by different doers are remembered.</summary>
    private const int Kept = 3;

    /// <summary>The asserted attacks (roots 18-20) among the events coded from <paramref name="from"/> on, with a state or
    /// group as their doer, put before <paramref name="before"/>, latest first; an attacker already remembered moves to the front.
    /// <paramref name="headline"/> says the events were a headline's.</summary>
    public static EarlierAttack? Latest(List<CodedEvent> events, int from, EarlierAttack? before, bool headline = false)
    {
        var latest = before;
        for (var i = from; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Modality != Modality.Asserted || e.Cameo[0] is not ('1' or '2') || e.CameoRoot is not ("15" or "18" or "19" or "20")) continue;
            var s = e.Source;
            if (s.Country is null && s.Org is null) continue;
            var attacker = s.Identity();
            latest = new EarlierAttack(attacker, e.Target?.Key, e.Sentence, e.Cameo, Without(latest, attacker.Key, IsDisplay(e.Cameo), Kept - 1), End: e.Trigger.End, Headline: headline);
        }

        return latest;
    }

    /// <summary>The last asserted measure short of force (roots 16-17) among the events coded from <paramref name="from"/> on,
    /// with a state or group as its doer and a target, else the one of <paramref name="before"/>; followed (<see cref="Previous"/>)
    /// by the last asserted verdict (root 11: a censure, an accusation, a ruling) found the same way, which only a noun naming one
    /// ("condemned the vote", "rejected the ruling") points back at.</summary>
    public static EarlierAttack? LatestMeasure(List<CodedEvent> events, int from, EarlierAttack? before)
    {
        EarlierAttack? measure = null;
        EarlierAttack? verdict = null;
        for (var i = events.Count - 1; i >= from && (measure is null || verdict is null); i--)
        {
            var e = events[i];
            if (e.Modality != Modality.Asserted || e.Target is null) continue;
            var isVerdict = e.CameoRoot == "11";
            if (isVerdict ? verdict is not null : measure is not null || e.CameoRoot is not ("16" or "17")) continue;
            var s = e.Source;
            if (s.Country is null && s.Org is null) continue;
            var link = new EarlierAttack(s.Identity(), e.Target.Key, e.Sentence, e.Cameo, Measure: true, End: e.Trigger.End);
            if (isVerdict) verdict = link;
            else measure = link;
        }

        measure ??= OfKind(before, verdict: false);
        verdict ??= OfKind(before, verdict: true);
        return measure is null ? verdict : measure with { Previous = verdict };
    }

    // The link of a measure chain that is a verdict (root 11), or the one that is not, without its own Previous.
    private static EarlierAttack? OfKind(EarlierAttack? chain, bool verdict)
    {
        for (var a = chain; a is not null; a = a.Previous)
        {
            if (a.IsVerdict == verdict) return a with { Previous = null };
        }

        return null;
    }

    private bool IsVerdict => Measure && Code.StartsWith("11", StringComparison.Ordinal);

    // The chain without the acts by `key` of the same kind (a show of force, or an attack), cut to `keep` links.
    private static EarlierAttack? Without(EarlierAttack? chain, string key, bool display, int keep)
    {
        if (chain is null || keep <= 0) return null;
        if (chain.Attacker.Key == key && IsDisplay(chain.Code) == display) return Without(chain.Previous, key, display, keep);
        return chain with { Previous = Without(chain.Previous, key, display, keep - 1) };
    }

    // A show of force (root 15: a missile test, drills, a deployment), which only a noun naming one points back at.
    private static bool IsDisplay(string code) => code.StartsWith("15", StringComparison.Ordinal);

    /// <summary>The attacker as the target of a condemnation or welcome with none of its own whose object is the act itself
    /// ("condemned the strike", "denounced the rocket fire", "welcomed the decision"; for a measure also a rejection), when
    /// the attack was coded within a few sentences before and the condemner is
    /// not on its side; null otherwise. Of several attacks the one the noun's kind names is taken ("condemned the air strikes"
    /// after a rocket attack and an air strike), else the latest whose doer is not the condemner's side. The slot points at
    /// the act's noun.</summary>
    public (ActorSlot Slot, int Sentence)? TargetOf(SentenceView view, PatternMatch match, ActorSlot source)
    {
        if (match.Pattern.Kind != TriggerKind.Verb) return null;
        // "A US drone strike killed an Iranian commander. Iran's leader vowed severe revenge": the side struck threatens its attacker.
        if (match.Pattern.Cameo.StartsWith("138", StringComparison.Ordinal))
        {
            for (var a = this; a is not null; a = a.Previous)
            {
                if (a.InReach(view, match) && !IsDisplay(a.Code) && !a.IsVerdict && !a.IsSideOf(source) && a.Victim is not null && source.Actor.Key == a.Victim)
                    return (a.Pointer(view, match.FirstToken - view.Sentence.FirstToken), a.Sentence);
            }

            return null;
        }

        // A condemnation, a welcome ("Ukraine welcomed the decision"), or for a measure a rejection ("The Kremlin dismissed
        // the measures as illegal") of the act named bare.
        var cameo = match.Pattern.Cameo;
        if (!(cameo.StartsWith("111", StringComparison.Ordinal) || cameo.StartsWith("051", StringComparison.Ordinal) ||
              (Measure && cameo.StartsWith("12", StringComparison.Ordinal)))) return null;
        var k = match.FirstToken - view.Sentence.FirstToken + 1;
        if (!(view.Is(k, "the") || view.Is(k, "this") || view.Is(k, "these") || view.Is(k, "that"))) return null;
        k++;
        // One modifier may come first: "the drone strike", "the rocket fire", "the deadly attack".
        var noun = IsNoun(view, k) ? k : IsNoun(view, k + 1) && view.Word(k).Length > 0 && char.IsLower(view.Word(k)[0]) ? k + 1 : -1;
        // "North Korea fired missiles into the sea ... Seoul condemned the launch": a show of force named by its own noun.
        var display = !Measure && noun < 0 && IsDisplayNoun(view, k) ? k : !Measure && noun < 0 && IsDisplayNoun(view, k + 1) && view.Word(k).Length > 0 && char.IsLower(view.Word(k)[0]) ? k + 1 : -1;
        if (display >= 0) noun = display;
        // A bare weapon word before the noun ("the missile strike", "the drone attack") names no doer.
        if (noun < 0 || view.MentionAt[noun] >= 0 || (noun > k && view.MentionAt[k] >= 0 && view.Mentions[view.MentionAt[k]].Kind != MentionKind.Agent)) return null;
        // "condemned the attack on its embassy by ...": an act that goes on to name more is left to the sentence itself.
        if (view.Is(noun + 1, "by") || view.Is(noun + 1, "of") || (Measure && (view.Is(noun + 1, "to") || view.Is(noun + 1, "against")))) return null;
        var kind = Measure ? null : KindOf(view.Word(noun), noun > k ? view.Word(k) : default);
        // "condemned the vote" names a verdict, "condemned the decision" a measure.
        var verdictNoun = Measure && IsVerdictNoun(view, noun);
        EarlierAttack? chosen = null;
        for (var a = this; a is not null; a = a.Previous)
        {
            if (!a.InReach(view, match) || a.IsSideOf(source) || IsDisplay(a.Code) != (display >= 0) || a.IsVerdict != verdictNoun) continue;
            if (kind is null || a.Code.StartsWith(kind, StringComparison.Ordinal))
            {
                chosen = a;
                break;
            }

            chosen ??= a;
        }

        return chosen is null ? null : (chosen.Pointer(view, noun), chosen.Sentence);
    }

    /// <summary>Whether <paramref name="targets"/> is only a bare weapon word guessed from the document's focus in front of an
    /// act noun ("condemned the drone attack"): no doer named, so an earlier attack may say whose it was.</summary>
    public static bool IsWeaponGuess(SentenceView view, IReadOnlyList<ActorSlot> targets)
    {
        if (targets.Count != 1 || targets[0].Resolution != "context" || targets[0].Mention.Kind != MentionKind.Agent) return false;
        var k = view.FirstOf(targets[0].Mention);
        return k >= 0 && targets[0].Mention.TokenCount == 1 && IsActNoun(view, k + 1) && (view.Is(k - 1, "the") || view.Is(k - 1, "this"));
    }

    // "The US struck militia bases in Iraq, and Iran condemned the strikes": an attack of the reaction's own sentence counts
    // when told before it.
    private bool InReach(SentenceView view, PatternMatch match)
    {
        var gap = view.Sentence.Index - Sentence;
        return gap == 0 ? End <= view.Tokens[match.FirstToken - view.Sentence.FirstToken].Start : (gap <= Reach || Headline) && gap >= 1;
    }

    private bool IsSideOf(ActorSlot source) =>
        source.Actor.Key == Attacker.Key || (source.Actor.Country is not null && source.Actor.Country == Attacker.Country);

    // The code an act noun names ("air strikes" 195, "shelling" or "the missile attack" 194), or null when it names any attack ("the attack").
    private static string? KindOf(ReadOnlySpan<char> noun, ReadOnlySpan<char> modifier)
    {
        if (noun is "airstrike" or "airstrikes" || (modifier is "air" or "drone" && noun is "strike" or "strikes" or "raid" or "raids" or "attack" or "attacks"))
            return "195";
        if (noun is "shelling" or "bombardment" || (modifier is "rocket" or "artillery" or "mortar" && noun is "fire" or "attack" or "attacks") ||
            (modifier is "missile" or "ballistic" && noun is "attack" or "attacks" or "strike" or "strikes"))
            return "194";
        return null;
    }

    // The attacker as a slot whose mention points at word k of the sentence.
    private ActorSlot Pointer(SentenceView view, int k)
    {
        return ActorSlot.CarriedAt(view, k, Attacker);
    }

    private bool IsNoun(SentenceView view, int k) => Measure ? IsMeasureNoun(view, k) || IsVerdictNoun(view, k) : IsActNoun(view, k);

    // "Tehran condemned the vote", "Moscow rejected the ruling": the words that name a verdict (root 11) without naming who gave it.
    private static bool IsVerdictNoun(SentenceView view, int k)
    {
        if (k < 0 || k >= view.Count) return false;
        var w = view.Word(k);
        return w is "vote" or "resolution" or "ruling" or "verdict" or "judgment" or "judgement" or "finding" or "findings" or "censure";
    }

    // "condemned the decision", "denounced the expulsions": the words that name a measure without naming its doer.
    private static bool IsMeasureNoun(SentenceView view, int k)
    {
        if (k < 0 || k >= view.Count) return false;
        var w = view.Word(k);
        return w is "decision" or "move" or "expulsion" or "expulsions" or "sanctions" or "measures" or "ban" or "closure" or "step";
    }

    // "condemned the launch", "denounced the tests", "protested against the drills": words that name a show of force.
    private static bool IsDisplayNoun(SentenceView view, int k)
    {
        if (k < 0 || k >= view.Count) return false;
        var w = view.Word(k);
        return w is "launch" or "launches" or "test" or "tests" or "test-firing" or "drill" or "drills" or "exercise" or "exercises";
    }

    private static bool IsActNoun(SentenceView view, int k)
    {
        if (k < 0 || k >= view.Count) return false;
        var w = view.Word(k);
        return w is "attack" or "attacks" or "strike" or "strikes" or "airstrike" or "airstrikes" or "bombing" or "bombings" or "killing" or
            "killings" or "assault" or "raid" or "raids" or "shelling" or "fire" or "incursion" or "bombardment";
    }
}
