using Entente.Model;
using Entente.Syntax;

namespace Entente.Coding;

/// <summary>Drops pattern matches that are not events in context: a verb form used as a noun ("in protest"),
/// the content of a commitment or refusal ("agreed to open talks": the agreement is the event), and meeting
/// nouns that only name a venue ("at a summit").</summary>
public sealed class MatchFilter
{
    private readonly WordSets _words;

    /// <summary>Creates a filter over the shared word sets.</summary>
    public MatchFilter(WordSets words) => _words = words;

    /// <summary>The matches that may produce events, and for the others why not.</summary>
    public (List<PatternMatch> Kept, List<(PatternMatch Match, string Reason)> Dropped) Filter(SentenceView view, IReadOnlyList<PatternMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(matches);
        var kept = new List<PatternMatch>(matches.Count);
        var dropped = new List<(PatternMatch, string)>();
        Filter(view, matches, kept, dropped);
        return (kept, dropped);
    }

    /// <summary>As <see cref="Filter(SentenceView, IReadOnlyList{PatternMatch})"/>, into <paramref name="kept"/> (cleared
    /// first) and, when not null, <paramref name="dropped"/>: without it no reason text is built.</summary>
    public void Filter(SentenceView view, IReadOnlyList<PatternMatch> matches, List<PatternMatch> kept, List<(PatternMatch Match, string Reason)>? dropped)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentNullException.ThrowIfNull(kept);
        kept.Clear();
        for (var i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            var first = m.FirstToken - view.Sentence.FirstToken;
            var head = m.HeadToken - view.Sentence.FirstToken;
            var reason = view.MentionAt[head] >= 0 && SentenceView.IsActorLike(view.Mentions[view.MentionAt[head]]) ? "part of a name (\"Rapid Support Forces\")"
                : m.Pattern.Kind == TriggerKind.Verb && IsNominalUse(view, NominalCheckToken(view, first, head, m.Pattern.Cameo.StartsWith("18", StringComparison.Ordinal) || (m.Pattern.DirectObject && IsPassiveHead(view, head)))) ? "verb form used as a noun"
                : m.Pattern.Kind == TriggerKind.Verb && GapVerb.Holds(view, m.Pattern, head, m.LastToken - view.Sentence.FirstToken) ? "its gap runs over another verb ('announced on Monday ordered the shutdown')"
                : m.Pattern.Kind == TriggerKind.Noun && IsVenue(view, first) && !IsOwnTrip(view, m, first) ? "names the venue of another event"
                : m.Pattern.Kind == TriggerKind.Verb && IsCarryingParticiple(view, head) ? "a participle saying what its noun carries ('armed with rifles')"
                : m.Pattern.Kind == TriggerKind.Verb && IsWithParticiple(view, first) ? "a participle in a 'with' phrase ('with Islamic State crushed'): a state, no doer"
                : m.Pattern.Kind == TriggerKind.Noun && m.Pattern.Cameo == "057" && EndedAgreement.Holds(view, first) ? "an agreement ended, left or breached, no signing"
                : m.Pattern.Kind == TriggerKind.Verb && RejectedDocument.Holds(view, head) ? "what a rejected or withheld document says ('voted against a resolution condemning')"
                : head == first && view.Is(head, "in") && !VerblessHeadline.Holds(view, first) ? "a headline's 'in ... for talks' after a verb or with no visitor before it"
                : first < AskedQuestion.End(view) ? "inside the question put to the speaker ('Asked whether ..., ')"
                : EmbeddedQuestion.Holds(view, first) ? "asked about in a 'whether' clause, not stated"
                : m.Pattern.Kind == TriggerKind.Verb && AbilityInfinitive.Holds(view, first) ? "an ability or right ('the ability to strike'), not an act"
                : TalksTopic.Holds(view, m, matches) ? "the topic of talks, not an accord reached ('talks on a trade deal')"
                : m.Pattern.Cameo.StartsWith("14", StringComparison.Ordinal) && QuelledProtest.Holds(view, first) ? "a protest being put down, not one by those who quell it ('sent troops to quell riots')"
                : AgreementTopic.Holds(view, m, matches) ? "the subject of a signed accord, not a second act ('signed an agreement on economic cooperation')"
                : GovernedBy(view, m, matches) is { } governor ? (dropped is null ? "" : $"content of '{governor.Pattern.Id}' (the commitment is the event)")
                : PurposeOf(view, m, matches) is { } purpose ? (dropped is null ? "" : $"its purpose '{purpose.Pattern.Id}' codes the same show of force")
                : UnrealisedContent.Governor(view, m, matches) is { } plan ? (dropped is null ? "" : $"what '{plan.Pattern.Id}' is for, not done")
                : m.Pattern.Kind == TriggerKind.Verb && AttackOutcome.IsViolent(m.Pattern.Cameo) && ClaimedAttackOutcome.Holds(view, first) ? "the outcome of an attack named only in a claim of responsibility"
                : ElidedPassive.Continues(view, m, matches) is { } casualties ? (dropped is null ? "" : $"more casualties of '{casualties.Pattern.Id}' (elided passive)")
                : KindOfSum(view, m, matches) is { } sum ? (dropped is null ? "" : $"one act with '{sum.Pattern.Id}': a sum and its kind of aid")
                : IntoQuotation(view, first, m.LastToken - view.Sentence.FirstToken) && !QuotesOnPurpose(m.Pattern) ? "its words run into a quotation that does not close with them"
                : null;
            if (reason is null) kept.Add(m);
            else dropped?.Add((m, reason));
        }
    }

    /// <summary>"Gunmen armed with rifles attacked ...", "troops equipped with drones": an "-ed" form of a giving verb with
    /// "with" right after it and no recipient between describes its noun; nobody gives anything.</summary>
    private bool IsCarryingParticiple(SentenceView view, int head) =>
        head + 1 < view.Count && view.Is(head + 1, "with") && view.Word(head).EndsWith("ed", StringComparison.OrdinalIgnoreCase) &&
        ArgumentFinder.IsEquippingVerb(view.Word(head)) &&
        // "Ukraine was supplied with tanks by Germany" is a passive with its giver; only the bare participle describes.
        !(head > 0 && _words.IsBe(view.Word(head - 1)));

    /// <summary>"With Islamic State crushed and the opposition in retreat, ...": an "-ed" form right after the noun phrase of a
    /// "with" that opens the phrase says what state the noun is in; nobody named does it (unless a "by" follows).</summary>
    private static bool IsWithParticiple(SentenceView view, int first)
    {
        if (first < 2 || !view.Word(first).EndsWith("ed", StringComparison.OrdinalIgnoreCase) || view.Is(first + 1, "by") ||
            view.MentionAt[first - 1] < 0)
            return false;
        var k = view.FirstOf(view.Mentions[view.MentionAt[first - 1]]) - 1;
        if (view.Is(k, "the")) k--;
        return view.Is(k, "with") && (k == 0 || view.Is(k - 1, ",") || view.Is(k - 1, "and"));
    }

    /// <summary>The token whose left neighbour tells a verb from a noun: the head when the pattern names its own subject
    /// before the verb ("a suicide bomber killed": the article belongs to the subject) or a weapon of an 18x pattern
    /// ("a roadside bomb killed"), else the first word.</summary>
    /// <summary>"Ukraine's membership bid was blocked by Hungary": the pattern's words before a passive auxiliary are the verb's
    /// subject, so the verb itself says whether the match is a verb (for patterns with an object, which the passive subject
    /// stands for; a guard's words stay a noun use).</summary>
    private bool IsPassiveHead(SentenceView view, int head) => head > 0 && _words.IsBe(view.Word(head - 1));

    private static int NominalCheckToken(SentenceView view, int first, int head, bool weaponSubject)
    {
        if (head <= first) return first;
        // "A roadside bomb killed two soldiers", "a car bomb hit the convoy": the pattern's own words are the weapon that
        // is the verb's subject, so the article before them is the subject's too (so are a passive verb's: "bid was blocked").
        if (weaponSubject) return head;
        for (var i = first; i < head; i++)
        {
            if (view.MentionAt[i] >= 0 && SentenceView.IsActorLike(view.Mentions[view.MentionAt[i]])) return head;
        }

        return first;
    }

    /// <summary>"during a visit to Tokyo", "during a phone call with ...", "during a visit by Modi to Moscow": a trip or call
    /// with its own destination or partner is the subject's (or the named traveller's) act, not the venue of another one.</summary>
    private bool IsOwnTrip(SentenceView view, PatternMatch m, int first)
    {
        if (m.Pattern.PloverMode is not ("visit" or "phone")) return false;
        var k = first - 1;
        while (k >= 0 && (_words.IsDeterminer(view.Word(k)) || (view.Tokens[k].Kind == TokenKind.Word && char.IsUpper(view.Word(k)[0]) && view.MentionAt[k] < 0))) k--;
        if (!view.Is(k, "during")) return false;
        var last = m.LastToken - view.Sentence.FirstToken;
        for (var i = first; i <= last + 2 && i < view.Count; i++)
        {
            if (view.Is(i, "to") || view.Is(i, "with")) return true;
        }

        if (!view.Is(last + 1, "by")) return false;
        // "during a visit by Indian Prime Minister Narendra Modi to Moscow": the traveller named before the destination.
        var j = last + 2;
        while (j < view.Count && (view.MentionAt[j] >= 0 || _words.IsDeterminer(view.Word(j)))) j++;
        return view.Is(j, "to") || view.Is(j, "with");
    }

    private bool IsNominalUse(SentenceView view, int first)
    {
        if (first == 0) return false;
        var prev = view.Word(first - 1);
        // "affiliation to outlawed Kurdish rebels": after "to" an "-ed" form before its noun describes that noun; only a base
        // form ("to proceed", "to succeed" end so too) is an infinitive.
        if (prev.Equals("to", StringComparison.OrdinalIgnoreCase)) return IsAttributivePastAfterTo(view, first);
        if (LightVerbNoun.Holds(view.Text, view.Tokens, first)) return false;
        // "stopped short of condemning Russia": the "-ing" form is a verb (negated by the phrase).
        if (view.Word(first).EndsWith("ing", StringComparison.Ordinal) && StopShortOf.IsBefore(view.Text, view.Tokens, first)) return false;
        // "calls for bigger munitions, disarming the government side, and attacking Iranian bases": listed acts wanted.
        if (CalledForList.Holds(view.Text, view.Tokens, first)) return true;
        // "after meeting Erdogan", "before visiting Tokyo", "by attacking Ukraine": an "-ing" form with its own object is a verb.
        // "responded by expelling six Canadian diplomats": numbers, articles and adjectives may stand before the object.
        if (view.Word(first).EndsWith("ing", StringComparison.Ordinal) && ObjectMentionAfter(view, first + 1) is { } obj &&
            view.Mentions[obj].Kind is MentionKind.Actor or MentionKind.Place &&
            prev is "after" or "After" or "before" or "Before" or "while" or "While" or "when" or "When" or "by")
            return false;
        // "after cutting its ties with Taiwan", "before signing the accord": an article or possessive right after the "-ing"
        // form opens its object, so it is a verb even when the object names no party. Not after "by": "by boycotting the
        // talks" is often a means whose doer is not the clause's subject.
        if (view.Word(first).EndsWith("ing", StringComparison.Ordinal) && first + 1 < view.Count && view.MentionAt[first + 1] < 0 &&
            _words.IsDeterminer(view.Word(first + 1)) &&
            prev is "after" or "After" or "before" or "Before" or "while" or "While")
            return false;
        // "after cutting ties with Taiwan", "before imposing sanctions on Iran": a bare noun object and a preposition naming a
        // party after the "-ing" form make it a verb too ("after mounting pressure from Washington" stays a noun phrase).
        if (prev is "after" or "After" or "before" or "Before" or "while" or "While" && IsGerundWithBareObject(view, first))
            return false;
        // "responded by firing missiles at Israel", "retaliated by expelling": after a verb of response and "by", an "-ing"
        // form not followed by "of" is the means, a verb ("killed by shelling" is left to the passive's instrument noun).
        if (prev is "by" && first >= 2 && IsResponseVerb(view.Word(first - 2)) && view.Word(first).EndsWith("ing", StringComparison.Ordinal) &&
            first + 1 < view.Count && !view.Is(first + 1, "of"))
            return false;
        // "such a step enjoyed support from Moscow", "the plan received backing from": the object of a verb of receiving is a
        // noun whose doer comes after it ("voiced support for" keeps the subject as the doer and stays coded).
        if (IsReceivingVerb(prev) && !view.Word(first).EndsWith('s') && view.IsTag(first, PartOfSpeech.Noun) && view.IsTag(first - 1, PartOfSpeech.Verb)) return true;
        // "a deadly attack targeting ...": an adjective between the article and the word makes it a noun all the same.
        if (first >= 2 && view.MentionAt[first - 1] < 0 && IsArticleLike(view.Word(first - 2)) && view.IsTag(first - 1, PartOfSpeech.Adjective)) return true;
        // "after a two-hour meeting with Zelensky", "a closed-door meeting": a hyphened modifier between the article and the word too.
        if (first >= 2 && view.MentionAt[first - 1] < 0 && HyphenedModifier.Is(view.Word(first - 1)) && IsArticleLike(view.Word(first - 2))) return true;
        // "rescued 100 kidnapped students": a participle between a counted number and its noun describes the noun. Not a date's
        // number ("on October 7 attacked Israel", "in 2022 invaded"): a month or a preposition before it, or a year.
        if (view.Word(first).EndsWith("ed", StringComparison.Ordinal) && (view.Tokens[first - 1].Kind == TokenKind.Number || view.IsTag(first - 1, PartOfSpeech.Number)) &&
            !IsDateNumber(view, first - 1) &&
            first + 1 < view.Count && !view.Is(first + 1, "by") && view.Tokens[first + 1].Kind == TokenKind.Word && !_words.IsPreposition(view.Word(first + 1)))
            return true;
        return _words.IsPreposition(prev) || IsArticleLike(prev);
    }

    private bool IsAttributivePastAfterTo(SentenceView view, int first)
    {
        var w = view.Word(first);
        if (w.Length < 5 || !w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("eed", StringComparison.Ordinal) || first + 1 >= view.Count) return false;
        var next = view.Word(first + 1);
        return view.Tokens[first + 1].Kind == TokenKind.Word && !view.Is(first + 1, "by") && !_words.IsPreposition(next) && !_words.IsDeterminer(next) &&
               (view.MentionAt[first + 1] >= 0 || view.IsTag(first + 1, PartOfSpeech.Noun) || view.IsTag(first + 1, PartOfSpeech.Adjective) ||
                view.IsTag(first + 1, PartOfSpeech.ProperNoun));
    }

    /// <summary>Whether the "-ing" word at <paramref name="ing"/> is followed by one lower-case noun that is no mention, a
    /// preposition and a mention ("cutting ties with Taiwan"), and is not one of the "-ing" words that usually qualify a noun
    /// ("mounting pressure", "growing calls").</summary>
    private bool IsGerundWithBareObject(SentenceView view, int ing)
    {
        var w = view.Word(ing);
        if (!w.EndsWith("ing", StringComparison.Ordinal) || IsQualifyingParticiple(w) || ing + 3 >= view.Count) return false;
        var noun = view.Word(ing + 1);
        return view.MentionAt[ing + 1] < 0 && noun.Length > 0 && char.IsLower(noun[0]) && view.IsTag(ing + 1, PartOfSpeech.Noun) &&
               view.MentionAt[ing + 2] < 0 && _words.IsPreposition(view.Word(ing + 2)) && !view.Is(ing + 2, "of") && view.MentionAt[ing + 3] >= 0;
    }

    private static bool IsQualifyingParticiple(ReadOnlySpan<char> w) =>
        w is "mounting" or "growing" or "rising" or "increasing" or "escalating" or "deepening" or "worsening" or "continuing" or
            "lingering" or "existing" or "intensifying" or "heightened" or "surging" or "soaring" or "ongoing" or "renewed" or "unprecedented";

    private static bool IsReceivingVerb(ReadOnlySpan<char> w) =>
        w is "enjoyed" or "received" or "won" or "gained" or "drew" or "attracted" or "garnered" or "secured" or "got" or "lost" or "enjoys" or
            "receives" or "wins" or "gains" or "draws" or "attracts" or "garners";

    /// <summary>The mention that starts at <paramref name="k"/> or after at most three articles, numbers or adjectives, or null.</summary>
    private int? ObjectMentionAfter(SentenceView view, int k)
    {
        for (var skipped = 0; k < view.Count && skipped <= 3; skipped++, k++)
        {
            if (view.MentionAt[k] >= 0) return view.MentionAt[k];
            if (!(_words.IsDeterminer(view.Word(k)) || view.Tokens[k].Kind == TokenKind.Number || view.IsTag(k, PartOfSpeech.Number) ||
                  view.IsTag(k, PartOfSpeech.Adjective))) return null;
        }

        return null;
    }

    /// <summary>Whether the number at <paramref name="k"/> is part of a date: a year, or after a month or a preposition.</summary>
    private bool IsDateNumber(SentenceView view, int k)
    {
        var w = view.Word(k);
        if (w.Length == 4 && char.IsDigit(w[0])) return true;
        if (k == 0) return false;
        var before = view.Word(k - 1);
        return _words.IsPreposition(before) || Dates.DateLexicon.English.Find(before).Kind == Dates.DateLexKind.Month;
    }

    private static bool IsResponseVerb(ReadOnlySpan<char> w) =>
        w.StartsWith("respond", StringComparison.OrdinalIgnoreCase) || w.StartsWith("retaliat", StringComparison.OrdinalIgnoreCase) ||
        w.StartsWith("react", StringComparison.OrdinalIgnoreCase) || w.StartsWith("repl", StringComparison.OrdinalIgnoreCase) ||
        w.StartsWith("answer", StringComparison.OrdinalIgnoreCase) || w.Equals("back", StringComparison.OrdinalIgnoreCase);

    private static bool IsArticleLike(ReadOnlySpan<char> w) =>
        w is "a" or "an" or "the" or "A" or "An" or "The" or "'s" or "’s" ||
        w.Equals("its", StringComparison.OrdinalIgnoreCase) || w.Equals("their", StringComparison.OrdinalIgnoreCase);

    /// <summary>"at Nairobi summit", "at the Beijing talks": a capital or a place right before the noun says where it is held,
    /// not who holds it.</summary>
    private static bool IsCityModifier(SentenceView view, int k)
    {
        if (view.MentionAt[k] < 0) return false;
        var m = view.Mentions[view.MentionAt[k]];
        return m.TokenCount == 1 && (m.Kind == MentionKind.Place || (m.Entries.Count > 0 && m.Entries[0].StartsWith("capital:", StringComparison.Ordinal)));
    }

    private bool IsVenue(SentenceView view, int first)
    {
        var k = first - 1;
        while (k >= 0 && (_words.IsDeterminer(view.Word(k)) || (view.Tokens[k].Kind == TokenKind.Word && char.IsUpper(view.Word(k)[0]) && view.MentionAt[k] < 0) ||
                          (k == first - 1 && IsCityModifier(view, k)))) k--;
        if (k < 0) return false;
        var w = view.Word(k);
        return w.Equals("at", StringComparison.OrdinalIgnoreCase) || w.Equals("during", StringComparison.OrdinalIgnoreCase) ||
               (w.Equals("of", StringComparison.OrdinalIgnoreCase) && k >= 1 && view.Word(k - 1).Equals("sidelines", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>"demanded that the Taliban rein in militants using Afghan soil to attack Pakistan": what an appeal or a demand
    /// asks for ("that" right after its verb) is not an event of its own; nor what a demand spelled with its modal asks
    /// ("said that Serbia and Kosovo must reach a deal": the deal is not made, the saying is the demand), nor what an agreement
    /// says should be done.</summary>
    private static bool IsDemandContent(SentenceView view, PatternMatch g, int first)
    {
        var root = g.Pattern.Cameo.AsSpan(0, 2);
        if (root is not ("02" or "10" or "03")) return false;
        var gLast = g.LastToken - view.Sentence.FirstToken;
        // "demanded on Saturday that ...", "urged Iran that ...": a date or an object may stand before "that".
        // "demanded that" may be the pattern's own words.
        var that = view.Is(gLast, "that") || view.Is(gLast, "must") || view.Is(gLast, "should") ? gLast : -1;
        for (var k = gLast + 1; that < 0 && k <= gLast + 4 && k < first; k++)
        {
            if (view.Is(k, "that")) { that = k; break; }
            if (view.Word(k) is "," or ";") return false;
        }

        if (that < 0 || (view.Clause[gLast] != view.Clause[first] && (that + 1 >= view.Count || view.Clause[that + 1] != view.Clause[first])) || first - that > 15)
            return false;
        // The content ends at a sentence-level break: a comma followed by a participle or a new clause.
        var modal = false;
        for (var k = that + 1; k < first; k++)
        {
            if (view.Word(k) is "," or ";") return false;
            if (view.Is(k, "should") || view.Is(k, "must")) modal = true;
        }

        // "agreed that their countries should cooperate": what an agreement says ought to be done is its content; what it
        // says was done ("agreed that talks had failed") is not.
        return !root.SequenceEqual("03") || modal;
    }

    /// <summary>"sent a carrier group to the region to deter Iran": a show of force (root 15) whose purpose infinitive is
    /// itself a root-15 match; the purpose, which names the adversary, codes the event.</summary>
    private static PatternMatch? PurposeOf(SentenceView view, PatternMatch m, IReadOnlyList<PatternMatch> matches)
    {
        if (m.Pattern.Kind != TriggerKind.Verb || !m.Pattern.Cameo.StartsWith("15", StringComparison.Ordinal)) return null;
        var last = m.LastToken - view.Sentence.FirstToken;
        for (var i = 0; i < matches.Count; i++)
        {
            var p = matches[i];
            if (p.FirstToken <= m.LastToken || p.Pattern.Kind != TriggerKind.Verb || !p.Pattern.Cameo.StartsWith("15", StringComparison.Ordinal)) continue;
            var first = p.FirstToken - view.Sentence.FirstToken;
            if (view.Clause[first] != view.Clause[last] || first - last > 10 || !view.Is(first - 1, "to")) continue;
            return p;
        }

        return null;
    }

    private static bool HasComma(SentenceView view, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (view.Word(k) is "," or ";") return true;
        }

        return false;
    }

    /// <summary>Whether token <paramref name="k"/> is a form of "rule" with "out" after it.</summary>
    internal static bool IsRuleOut(SentenceView view, int k) =>
        k >= 0 && k + 1 < view.Count && view.Is(k + 1, "out") &&
        (view.Is(k, "rule") || view.Is(k, "rules") || view.Is(k, "ruled") || view.Is(k, "ruling"));

    /// <summary>"did not rule out", "would not rule out", "cannot rule out", "refused to rule out", "declined to rule out": a
    /// ruling out at <paramref name="rule"/> that is itself denied leaves open what follows; it rejects nothing.</summary>
    internal static bool IsLeftOpen(SentenceView view, int rule)
    {
        var k = rule - 1;
        // "has not definitively ruled out".
        if (k > 0 && view.Word(k).EndsWith("ly", StringComparison.OrdinalIgnoreCase) && view.Tokens[k].Kind == TokenKind.Word) k--;
        if (k < 0) return false;
        if (view.Is(k, "not") || view.Is(k, "n't") || view.Is(k, "n’t") || view.Is(k, "cannot") || view.Is(k, "can't") || view.Is(k, "can’t") ||
            view.Is(k, "won't") || view.Is(k, "won’t"))
            return true;
        if (!view.Is(k, "to") || k == 0) return false;
        var w = view.Word(k - 1);
        return w.StartsWith("refus", StringComparison.OrdinalIgnoreCase) || w.StartsWith("declin", StringComparison.OrdinalIgnoreCase) || view.Is(k - 1, "not");
    }

    /// <summary>"refused to rule out", "declines to rule out": a refusal match whose infinitive is "rule out".</summary>
    internal static bool IsRefusalOfRuleOut(SentenceView view, PatternMatch g)
    {
        if (!g.Pattern.Cameo.StartsWith("12", StringComparison.Ordinal) || IsRuleOut(view, g.FirstToken - view.Sentence.FirstToken)) return false;
        var last = g.LastToken - view.Sentence.FirstToken;
        return view.Is(last, "to") ? IsRuleOut(view, last + 1) : view.Is(last + 1, "to") && IsRuleOut(view, last + 2);
    }

    /// <summary>"ruled out sending troops to Ukraine": an act right after an asserted "rule out" (at most three words between,
    /// no punctuation) is what is excluded, not something done.</summary>
    private static bool RuleOutGoverns(SentenceView view, PatternMatch g, int first)
    {
        var gFirst = g.FirstToken - view.Sentence.FirstToken;
        if (!IsRuleOut(view, gFirst) || IsLeftOpen(view, gFirst)) return false;
        var gLast = g.LastToken - view.Sentence.FirstToken;
        var from = Math.Max(gLast, gFirst + 1);
        if (first - from < 1 || first - from > 4) return false;
        return !HasComma(view, from, first);
    }

    /// <summary>"did not rule out sending troops", "refused to rule out a strike": whether a denied "rule out" stands at most
    /// four words before <paramref name="first"/> in its clause with no punctuation between, so the act there is left open.</summary>
    internal static bool IsLeftOpenBefore(SentenceView view, int first)
    {
        for (var k = first - 1; k >= 1 && k >= first - 5; k--)
        {
            if (view.Tokens[k].Kind == TokenKind.Punctuation || view.Clause[k] != view.Clause[first]) return false;
            if (view.Is(k, "out") && IsRuleOut(view, k - 1)) return IsLeftOpen(view, k - 1);
        }

        return false;
    }

    /// <summary>A commitment, refusal or threat match earlier in the same clause whose infinitive ("to ...") this match is in.</summary>
    /// <summary>Whether a "to" stands one or two words before <paramref name="first"/>, or before an adverb and an opening quotation mark
    /// between them ("not to “recklessly attack").</summary>
    private static bool OpensInfinitive(SentenceView view, int first)
    {
        if (view.Is(first - 1, "to") || view.Is(first - 2, "to")) return true;
        var k = first - 1;
        for (var n = 0; n < 2 && k > 0 && (view.Word(k) is "“" or "\"" or "‘" || view.Word(k).EndsWith("ly", StringComparison.OrdinalIgnoreCase)); n++) k--;
        return view.Is(k, "to");
    }

    /// <summary>The last token before a comma-enclosed insertion that ends right before the infinitive's "to" of the match at
    /// <paramref name="first"/> and follows an actor after the governing verb at <paramref name="gLast"/>, with the insertion's
    /// length; (<paramref name="first"/>, 0) when there is none.</summary>
    private static (int Anchor, int Inserted) InsertionBeforeInfinitive(SentenceView view, int gLast, int first)
    {
        var to = view.Is(first - 1, "to") ? first - 1 : view.Is(first - 2, "to") ? first - 2 : -1;
        if (to < 2 || !view.Is(to - 1, ",")) return (first, 0);
        for (var k = to - 2; k > gLast + 1 && k >= to - 14; k--)
        {
            if (!view.Is(k, ",")) continue;
            return view.MentionAt[k - 1] >= 0 && SentenceView.IsActorLike(view.Mentions[view.MentionAt[k - 1]]) ? (k - 1, to - k) : (first, 0);
        }

        return (first, 0);
    }

    /// <summary>"provided $500 million in emergency aid", "pledged 2 billion euros in military assistance": a sum given or pledged
    /// and then named by its kind of aid is one act. A sum given is coded by the aid noun (the kind says more than "money"); a
    /// sum pledged by the pledge, which the aid noun would code again.</summary>
    private static PatternMatch? KindOfSum(SentenceView view, PatternMatch m, IReadOnlyList<PatternMatch> matches)
    {
        if (m.Pattern.Kind == TriggerKind.Verb && m.Pattern.Cameo.StartsWith("07", StringComparison.Ordinal) && SumEndsAtIn(view, m) is var given and >= 0)
        {
            for (var i = 0; i < matches.Count; i++)
            {
                // Only a noun that names another kind ("emergency aid" 073, not the plain "aid to" 070 or the sum's own 071) says
                // more than the sum.
                var n = matches[i];
                if (IsAidNoun(n) && n.Pattern.Cameo[^1] != '0' && n.Pattern.Cameo != m.Pattern.Cameo && n.FirstToken - view.Sentence.FirstToken - given is >= 1 and <= 2) return n;
            }
        }

        if (IsAidNoun(m))
        {
            for (var i = 0; i < matches.Count; i++)
            {
                var g = matches[i];
                if (g.Pattern.Kind == TriggerKind.Verb && g.Pattern.Cameo.StartsWith("03", StringComparison.Ordinal) && SumEndsAtIn(view, g) is var pledged and >= 0 &&
                    m.FirstToken - view.Sentence.FirstToken - pledged is >= 1 and <= 2) return g;
            }
        }

        return null;
    }

    private static bool IsAidNoun(PatternMatch n) =>
        n.Pattern.Kind == TriggerKind.Noun && n.Pattern.Cameo.Length > 2 && n.Pattern.Cameo[0] == '0' && n.Pattern.Cameo[1] is '3' or '7';

    /// <summary>The "in" right after the sum that a match names or starts ("provided $500 million in", "pledged $ 2 billion in";
    /// the match may end inside the sum); -1 when the match names no sum or no "in" follows it.</summary>
    private static int SumEndsAtIn(SentenceView view, PatternMatch m)
    {
        var end = m.LastToken - view.Sentence.FirstToken;
        var last = end;
        var money = IsSumWord(view, last);
        while (last + 1 < view.Count && last < end + 4 && (IsSumWord(view, last + 1) || view.Tokens[last + 1].Kind == TokenKind.Number))
        {
            last++;
            money |= IsSumWord(view, last);
        }

        return money && view.Is(last + 1, "in") ? last + 1 : -1;
    }

    /// <summary>"warned “the consequences might be severe ...”": a trigger whose gap crossed an opening quote mark and ends
    /// inside the quotation reads the quoted words as its own; one that closes it ("imposed a “total blockade” on") names a
    /// quoted act.</summary>
    private static bool IntoQuotation(SentenceView view, int first, int last)
    {
        var open = 0;
        var straight = 0;
        for (var k = first; k <= last; k++)
        {
            if (view.Tokens[k].Kind != TokenKind.Punctuation) continue;
            var w = view.Word(k);
            if (w is "“") open++;
            else if (w is "”" && open > 0) open--;
            else if (w is "\"") straight++;
        }

        if (open == 0 && straight % 2 == 0) return false;
        return !(view.Is(last + 1, "”") || view.Is(last + 1, "\""));
    }

    /// <summary>A pattern with a quote mark among its own words ("vowed “revenge ...") reads into the quotation on purpose.</summary>
    private static bool QuotesOnPurpose(EventPattern pattern)
    {
        foreach (var element in pattern.Elements)
        {
            foreach (var form in element.Forms)
            {
                if (form is "\"" or "“" or "'" or "‘") return true;
            }
        }

        return false;
    }

    private static bool IsSumWord(SentenceView view, int k) =>
        view.Is(k, "million") || view.Is(k, "billion") || view.Is(k, "bn") || view.Is(k, "trillion") || view.Is(k, "dollars") || view.Is(k, "euros") ||
        view.Is(k, "pounds") || view.Is(k, "$") || view.Is(k, "€") || view.Is(k, "£");

    /// <summary>Whether a finite "was", "were", "is" or "are" stands in [<paramref name="from"/>,
    /// <paramref name="to"/>): "Kenya's pledge to send police to Haiti was praised" has its main verb after the "to", so the
    /// praise is no content of the pledge.</summary>
    private static bool HasFiniteBe(SentenceView view, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (view.Is(k, "was") || view.Is(k, "were") || view.Is(k, "is") || view.Is(k, "are")) return true;
        }

        return false;
    }

    // "pledged $2 billion to Syria during a visit by its foreign minister": a time adjunct between the "to" and the match
    // puts the match outside what was pledged (it is when the pledge was made).
    private static bool HasTimeAdjunct(SentenceView view, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (view.Is(k, "during") || view.Is(k, "amid")) return true;
        }

        return false;
    }

    internal static PatternMatch? GovernedBy(SentenceView view, PatternMatch m, IReadOnlyList<PatternMatch> matches)
    {
        var first = m.FirstToken - view.Sentence.FirstToken;
        for (var i = 0; i < matches.Count; i++)
        {
            var g = matches[i];
            if (g.LastToken >= m.FirstToken || g.Pattern.Kind != TriggerKind.Verb) continue;
            if (IsDemandContent(view, g, first)) return g;
            // "refused to rule out sending troops": the refusal's infinitive is no refusal, and what follows is left open.
            if (IsRefusalOfRuleOut(view, g)) continue;
            if (RuleOutGoverns(view, g, first)) return g;
            var root = g.Pattern.Cameo.AsSpan(0, 2);
            if (root is not ("03" or "12" or "13") && g.Pattern.Cameo is not ("020" or "021" or "023" or "025" or "026" or "027" or "028" or "100")) continue;
            var gLast = g.LastToken - view.Sentence.FirstToken;
            // "urged Serbia, a candidate for membership, to arrest", "urged Serbia, which wants to join the bloc, to arrest": an
            // apposition or relative clause between the object and the infinitive is left out of the distance and the clause test.
            var (anchor, inserted) = InsertionBeforeInfinitive(view, gLast, first);
            // "warned the Syrian president and his allies not to recklessly attack": a long object may stand between the verb
            // and an infinitive that opens right before the match.
            var reach = OpensInfinitive(view, first) && !HasComma(view, gLast, anchor) ? 14 : 8;
            if (view.Clause[gLast] != view.Clause[anchor] || first - gLast - inserted > reach) continue;
            // "agreed to a prisoner exchange": the pattern's own last word may be the "to".
            for (var k = view.Is(gLast, "to") ? gLast : gLast + 1; k < first; k++)
            {
                if (view.Is(k, "to") && !HasFiniteBe(view, k + 1, first) && !HasTimeAdjunct(view, k + 1, first)) return g;
            }
        }

        return null;
    }
}
