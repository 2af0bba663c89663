using System.Collections.Frozen;

namespace Entente.Coding;

/// <summary>Matches that only say what an agreement is for or what an appeal asks help with: "signed a security
/// agreement to jointly fight the PKK", "asked the United States for help fighting drug cartels". The fight has not
/// happened (dev-README: non-realised conflict is no realised 19x event), so the match codes nothing of its own.</summary>
public static class UnrealisedContent
{
    // Words whose "that" clause asks for or proposes an act: "the demand that Israel withdraw", "proposed that both sides meet".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Mandative = new[]
    {
        "proposal", "suggestion", "plan", "request", "demand", "demands", "insistence", "recommendation", "ultimatum",
        "proposed", "proposes", "recommended", "recommends", "requested",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The match in the same clause whose agreement noun or appeal for help governs <paramref name="m"/>, if any.</summary>
    public static PatternMatch? Governor(SentenceView view, PatternMatch m, IReadOnlyList<PatternMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(matches);
        if (m.Pattern.Kind == TriggerKind.Verb && IsWishedOrPlannedFor(view, m.FirstToken - view.Sentence.FirstToken)) return m;
        // Only force is at stake: an agreement "to supply gas" is the cooperation it names, coded elsewhere.
        if (m.Pattern.Kind != TriggerKind.Verb || !IsForce(m.Pattern.Cameo)) return null;
        var first = m.FirstToken - view.Sentence.FirstToken;
        if (first < 2) return null;
        for (var i = 0; i < matches.Count; i++)
        {
            var g = matches[i];
            if (g.LastToken >= m.FirstToken || IsForce(g.Pattern.Cameo)) continue;
            var gFirst = g.FirstToken - view.Sentence.FirstToken;
            var gLast = g.LastToken - view.Sentence.FirstToken;
            if (view.Clause[gLast] != view.Clause[first] || first - gLast > 10 || HasBreak(view, gLast, first)) continue;
            if (IsHelpContent(view, g, gLast, first) || IsAgreementPurpose(view, gFirst, gLast, first)) return g;
        }

        return null;
    }

    /// <summary>"Ukraine wants Western allies to supply missiles", "the deal requires Hamas to release hostages", "a plan for
    /// Israel to withdraw": the act of another party that someone wishes, requires or plans is not done, and its subject
    /// is not the sentence's; the match is its own governor.</summary>
    private static bool IsWishedOrPlannedFor(SentenceView view, int first)
    {
        if (IsProposedThat(view, first) || IsEffortContent(view, first) || IsContemplatedGerund(view, first)) return true;
        var to = view.Is(first - 1, "to") ? first - 1 : view.Is(first - 2, "to") && view.Word(first - 1).EndsWith("ly", StringComparison.OrdinalIgnoreCase) ? first - 2 : -1;
        if (to < 2 || view.MentionAt[to - 1] < 0) return false;
        var party = view.Mentions[view.MentionAt[to - 1]];
        if (!SentenceView.IsActorLike(party)) return false;
        var k = view.FirstOf(party) - 1;
        if (k < 1) return false;
        if (view.Is(k, "wants") || view.Is(k, "want") || view.Is(k, "wanted") || view.Is(k, "requires") || view.Is(k, "require") ||
            view.Is(k, "required") || view.Is(k, "obliges") || view.Is(k, "obliged")) return true;
        if (!view.Is(k, "for")) return false;
        for (var j = k - 1; j >= 0 && j >= k - 3; j--)
        {
            if (IsAgreementNoun(view, j) || view.Is(j, "proposal") || view.Is(j, "roadmap") || view.Is(j, "framework")) return true;
        }

        return false;
    }

    /// <summary>"dropped its objections to Sweden joining NATO", "fears of Iran acquiring a bomb", "paved the way for Finland
    /// joining": an -ing act whose subject is the object of a preposition after a word of stance or prospect is only
    /// contemplated ("after Russia invading" and "despite Iran launching" stay done: their preposition has no such word).</summary>
    private static bool IsContemplatedGerund(SentenceView view, int first)
    {
        if (!view.Word(first).EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return false;
        var subject = first - 1;
        if (subject < 2 || view.MentionAt[subject] < 0) return false;
        var party = view.Mentions[view.MentionAt[subject]];
        if (!SentenceView.IsActorLike(party)) return false;
        var k = BeforeCoordinatedActors(view, view.FirstOf(party) - 1);
        if (k < 1 || !(view.Is(k, "to") || view.Is(k, "of") || view.Is(k, "for") || view.Is(k, "about") || view.Is(k, "against"))) return false;
        return Prospect.Contains(view.Word(k - 1));
    }

    // Nouns of stance or prospect whose "to/of/for/about/against NP VERB-ing" names an act not (yet) done.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Prospect = new[]
    {
        "objection", "objections", "opposition", "resistance", "veto", "approval", "consent", "support", "path", "way", "bid",
        "plan", "plans", "hope", "hopes", "fear", "fears", "concern", "concerns", "prospect", "prospects", "possibility", "idea",
        "threat", "risk", "danger", "talk", "chance", "chances", "likelihood", "warnings", "warning",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"backed the proposal that the OPCW visit Douma", "rejected a suggestion that Israel withdraw", "Trump's demand
    /// that Germany, France and Britain repatriate their citizens", "suggested that Ukraine and Russia hold talks": the subject
    /// (or coordinated subjects) right before the trigger opens the "that" clause of a word that asks for or proposes an
    /// act; the act is only wanted.</summary>
    private static bool IsProposedThat(SentenceView view, int first)
    {
        // "the Organisation for the Prohibition of Chemical Weapons (OPCW) visit": the name before its bracketed acronym.
        var subject = view.Is(first - 1, ")") && view.Is(first - 3, "(") ? first - 4 : first - 1;
        if (subject < 2 || view.MentionAt[subject] < 0) return false;
        var k = BeforeCoordinatedActors(view, view.FirstOf(view.Mentions[view.MentionAt[subject]]) - 1);
        if (k < 1 || !view.Is(k, "that")) return false;
        var governor = view.Word(k - 1);
        // Only the base form ("hold", "withdraw") is wished: "suggested that Russia attacked the pipeline" reports a claim, and
        // "the demands that Israel rejected" is a relative clause whose rejection happened.
        return (IsMandative(governor) || governor is "suggested" or "suggests" or "suggesting" or "insisted" or "insists" or "insisting") &&
               IsBaseForm(view.Word(first));
    }

    /// <summary>The token before a run of coordinated actors ("Germany, France and Britain") that ends at <paramref name="k"/>'s
    /// right, or <paramref name="k"/> itself past a leading "the".</summary>
    private static int BeforeCoordinatedActors(SentenceView view, int k)
    {
        if (view.Is(k, "the")) k--;
        while ((view.Is(k, ",") || view.Is(k, "and") || view.Is(k, "or")) && k > 0 && view.MentionAt[k - 1] >= 0 &&
               SentenceView.IsActorLike(view.Mentions[view.MentionAt[k - 1]]))
        {
            k = view.FirstOf(view.Mentions[view.MentionAt[k - 1]]) - 1;
            if (view.Is(k, "the")) k--;
        }

        return k;
    }

    private static bool IsMandative(ReadOnlySpan<char> w) => Mandative.Contains(w);

    // A verb's base form, as far as its spelling tells: not "-ed", not a third-person "-s", not a common irregular past.
    internal static bool IsBaseForm(ReadOnlySpan<char> w) =>
        !w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !(w.EndsWith("s") && !w.EndsWith("ss")) &&
        w is not ("met" or "held" or "sent" or "struck" or "took" or "gave" or "made" or "fought" or "went" or "came" or "shot" or
            "began" or "led" or "sold" or "bought" or "withdrew" or "broke" or "threw" or "won" or "lost");

    /// <summary>"will support Turkey's efforts to become a member of the EU", "Kyiv's bid to join NATO": what a named party's
    /// effort or bid aims at is not done, and not by the sentence's subject.</summary>
    private static bool IsEffortContent(SentenceView view, int first)
    {
        var to = view.Is(first - 1, "to") ? first - 1 : -1;
        if (to < 3) return false;
        var noun = to - 1;
        return (view.Is(noun, "efforts") || view.Is(noun, "effort") || view.Is(noun, "bid") || view.Is(noun, "attempt") ||
                view.Is(noun, "attempts") || view.Is(noun, "drive") || view.Is(noun, "quest") || view.Is(noun, "ambition") ||
                view.Is(noun, "aspirations")) &&
               view.Word(noun - 1) is "'s" or "’s";
    }

    private static bool IsForce(string code) =>
        code.StartsWith("18", StringComparison.Ordinal) || code.StartsWith("19", StringComparison.Ordinal) || code.StartsWith("20", StringComparison.Ordinal);

    /// <summary>"asked Washington for help fighting cartels", "sought support in combating militants": an appeal for aid
    /// (root 02) whose gerund says what the help is for.</summary>
    private static bool IsHelpContent(SentenceView view, PatternMatch g, int gLast, int first)
    {
        // "for help fighting cartels", "support to defeat the RSF": a gerund or an infinitive after the help noun.
        if (!g.Pattern.Cameo.StartsWith("02", StringComparison.Ordinal) ||
            !(view.Word(first).EndsWith("ing", StringComparison.OrdinalIgnoreCase) || view.Is(first - 1, "to"))) return false;
        var help = false;
        for (var k = first - 1; k >= gLast && k >= first - 4; k--)
        {
            if (IsHelpNoun(view, k)) help = true;
            else if (!(view.Is(k, "in") || view.Is(k, "with") || view.Is(k, "for") || view.Is(k, "to") || view.Word(k).EndsWith("ly", StringComparison.OrdinalIgnoreCase)))
                break;
        }

        return help;
    }

    private static bool IsHelpNoun(SentenceView view, int k) =>
        view.Is(k, "help") || view.Is(k, "assistance") || view.Is(k, "support") || view.Is(k, "aid");

    /// <summary>"signed a security agreement on Thursday to jointly fight the PKK", "agreed a plan to attack ...": an
    /// agreement noun in or after the governing match, then an infinitive that opens (at most an adverb) before the match.</summary>
    private static bool IsAgreementPurpose(SentenceView view, int gFirst, int gLast, int first)
    {
        var to = view.Is(first - 1, "to") ? first - 1 : view.Is(first - 2, "to") && view.Word(first - 1).EndsWith("ly", StringComparison.OrdinalIgnoreCase) ? first - 2 : -1;
        if (to < 0) return false;
        for (var k = gFirst; k < to; k++)
        {
            if (IsAgreementNoun(view, k)) return true;
        }

        return false;
    }

    private static bool IsAgreementNoun(SentenceView view, int k) =>
        view.Is(k, "agreement") || view.Is(k, "deal") || view.Is(k, "pact") || view.Is(k, "accord") || view.Is(k, "treaty") ||
        view.Is(k, "plan") || view.Is(k, "memorandum") || view.Is(k, "arrangement") || view.Is(k, "alliance") || view.Is(k, "coalition") ||
        view.Is(k, "agreements") || view.Is(k, "deals") || view.Is(k, "accords");

    private static bool HasBreak(SentenceView view, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (view.Word(k) is ";" or ":" || view.Is(k, "and") || view.Is(k, "but") || view.Is(k, "after") || view.Is(k, "when")) return true;
        }

        return false;
    }
}
