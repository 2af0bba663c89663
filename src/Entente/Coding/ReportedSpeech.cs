using Entente.Model;

namespace Entente.Coding;

/// <summary>Reported speech around a coded act: who says it ("X said", ", X alleged"), and whether their saying makes the
/// act a charge against its doer (112x) instead of a fact the sentence asserts.</summary>
internal sealed class ReportedSpeech
{
    private readonly WordSets _words;

    /// <summary>Creates the reader over the shared word sets.</summary>
    public ReportedSpeech(WordSets words) => _words = words;

    /// <summary>The speaker of a violent act reported in speech and the accusation it makes: a ceasefire violation or an act
    /// "alleged"/"claimed" by anyone but its doer replaces the act (Replace); an atrocity (roots 20, torture) stated by a
    /// third state's government, neither doer nor victim, is added to it. (null, null, false) otherwise: officials, police
    /// and NGOs describing an act as fact, or a doer's own account, are neutral reporters.</summary>
    public (ActorSlot? Reporter, string? Code, bool Replace) Charge(SentenceView view, PatternMatch match, string code,
        IReadOnlyList<ActorSlot> sources, IReadOnlyList<ActorSlot> targets)
    {
        if (sources.Count == 0 || match.Pattern.Kind != TriggerKind.Verb) return (null, null, false);
        var (speaker, verb) = Speaker(view, match);
        if (speaker?.Actor is not { } said || (said.Country is null && said.Org is null)) return (null, null, false);
        var doer = sources[0].Actor;
        if (said.Key == doer.Key) return (null, null, false);
        var slot = new ActorSlot(said, speaker, "mention");
        // "claimed" and "charged" accuse only with "that" or after the act (", Moscow claimed"): "IS claimed the attack"
        // is a claim of responsibility (015), and "police charged protesters" is force.
        var charging = view.Is(verb, "alleged") || view.Is(verb, "alleges") ||
                       ((view.Is(verb, "claimed") || view.Is(verb, "claims") || view.Is(verb, "charged")) &&
                        (view.Is(verb + 1, "that") || verb > match.LastToken - view.Sentence.FirstToken));
        if (code.StartsWith("196", StringComparison.Ordinal) || charging) return (slot, ChargeFor(code) ?? "112", true);

        var thirdState = said.Org is null && said.Sector is null or "GOV";
        if (!thirdState) return (null, null, false);
        for (var i = 0; i < targets.Count; i++)
        {
            if (targets[i].Actor.Key == said.Key) return (null, null, false);
        }

        var atrocity = code.StartsWith("20", StringComparison.Ordinal) || code.StartsWith("1822", StringComparison.Ordinal) ||
                       code.StartsWith("1821", StringComparison.Ordinal);
        return atrocity ? (slot, ChargeFor(code), false) : (null, null, false);
    }

    /// <summary>"Kyiv alleged that Russian troops shelled ...": the plain accusation the speech verb gave (112) is the charge
    /// now coded with its content; it is dropped so that one accusation remains.</summary>
    public static void DropGenericCharge(List<CodedEvent> events, int sentenceEvents, ActorCode reporter, IReadOnlyList<ActorSlot> accused,
        List<TraceEntry>? trace, int sentence)
    {
        for (var i = events.Count - 1; i >= sentenceEvents; i--)
        {
            var e = events[i];
            if (e.Cameo != "112" || e.Source.Key != reporter.Key) continue;
            for (var j = 0; j < accused.Count; j++)
            {
                if (e.Target?.Key != accused[j].Actor.Key) continue;
                events.RemoveAt(i);
                trace?.Add(new TraceEntry("coder", sentence, $"{e.Rule}: {e.Source.Code}->{e.Target?.Code} 112 is the charge coded with its content; dropped"));
                break;
            }
        }
    }

    /// <summary>The 112x code for a charge of the act coded <paramref name="code"/> (CAMEO: 1121 crime, 1122 human rights abuses,
    /// 1123 aggression, 1124 war crimes and mass violence); null when the act does not say which.</summary>
    public static string? ChargeFor(string code) => code[..Math.Min(code.Length, 3)] switch
    {
        "150" or "151" or "152" or "153" or "154" or "190" or "191" or "192" or "193" or "194" or "195" or "196" or "183" => "1123",
        "200" or "201" or "202" or "203" or "204" => "1124",
        "182" when code != "182" && code != "1823" => "1122",
        "175" or "173" or "174" or "172" => "1122",
        "171" => "1121",
        _ => null,
    };

    /// <summary>The state or organisation whose speech reports the match: "X said (that) ... trigger" with X right before
    /// the speech verb, or "... trigger ..., X said" / ", said X" after it; the speech verb's index too (-1 when none).</summary>
    private (Mention? Speaker, int Verb) Speaker(SentenceView view, PatternMatch match)
    {
        var first = match.FirstToken - view.Sentence.FirstToken;
        var last = match.LastToken - view.Sentence.FirstToken;
        // Before: the nearest speech verb left of the trigger, its subject ending just before it.
        for (var v = first - 1; v >= 1; v--)
        {
            if (view.MentionAt[v] >= 0 || !IsReportingVerb(view, v)) continue;
            var k = v - 1;
            while (k >= 0 && view.MentionAt[k] < 0 && _words.IsModifier(view.Word(k))) k--;
            if (k >= 0 && view.MentionAt[k] >= 0 && view.Mentions[view.MentionAt[k]] is { Kind: MentionKind.Actor } m) return (m, v);
            return (null, -1);
        }

        // After: ", X said" or ", said X" following the trigger's clause.
        for (var c = last + 1; c < view.Count; c++)
        {
            if (view.Word(c) is not ",") continue;
            var k = c + 1;
            if (k < view.Count && IsReportingVerb(view, k))
            {
                var j = k + 1;
                while (j < view.Count && view.MentionAt[j] < 0 && view.Tokens[j].Kind == TokenKind.Word && _words.IsDeterminer(view.Word(j))) j++;
                return j < view.Count && view.MentionAt[j] >= 0 && view.Mentions[view.MentionAt[j]] is { Kind: MentionKind.Actor } after ? (after, k) : (null, -1);
            }

            while (k < view.Count && view.MentionAt[k] < 0 && view.Tokens[k].Kind == TokenKind.Word && _words.IsDeterminer(view.Word(k))) k++;
            if (k >= view.Count || view.MentionAt[k] < 0) continue;
            var who = view.Mentions[view.MentionAt[k]];
            var v = view.LastOf(who) + 1;
            while (v < view.Count && view.MentionAt[v] < 0 && _words.IsModifier(view.Word(v))) v++;
            if (v < view.Count && IsReportingVerb(view, v)) return who.Kind == MentionKind.Actor ? (who, v) : (null, -1);
        }

        return (null, -1);
    }

    private bool IsReportingVerb(SentenceView view, int i) => i >= 0 && i < view.Count && _words.IsChargeVerb(view.Word(i));

    /// <summary>"accused Russia of shelling a hospital": the code of a violent act matched within ten words after the generic
    /// accusation verb, right after "of" or "for" (with a determiner between), as its 112x code; null when none.</summary>
    public static string? AccusationContent(SentenceView view, List<PatternMatch> matches, PatternMatch accuse)
    {
        var first = view.Sentence.FirstToken;
        foreach (var m in matches)
        {
            if (m.FirstToken <= accuse.LastToken || m.FirstToken - accuse.LastToken > 10) continue;
            var k = m.FirstToken - first - 1;
            while (k > accuse.LastToken - first && (view.Is(k, "the") || view.Is(k, "a") || view.Is(k, "an") || view.Is(k, "repeatedly") ||
                                                     view.Is(k, "deliberately") || view.MentionAt[k] >= 0))
                k--;
            if (!(view.Is(k, "of") || view.Is(k, "for"))) continue;
            if (ChargeFor(m.Pattern.Cameo) is { } charge) return charge;
        }

        return null;
    }
}
