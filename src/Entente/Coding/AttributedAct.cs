using Entente.Model;
using Entente.Text;

namespace Entente.Coding;

/// <summary>"It is highly likely the regime was responsible for the gas attack", "Britain believes Russia was behind the
/// poisoning", "Iran probably attacked the tankers": an act whose doer is only held likely, believed or said to be behind it
/// is not told as fact. A named speaker's attribution is its accusation (dev-README: reported speech, the allegation content is
/// not coded as fact); with none, nothing is coded.</summary>
internal static class AttributedAct
{
    // Words of the act's noun phrase between "responsible for" or "behind" and its trigger ("the “shocking and barbaric” gas").
    private const int PhraseReach = 7;
    // Words from the attribution back to the word that reports or hedges it ("agreed it was highly likely the Syrian government").
    private const int CueReach = 14;
    // Words from a verb trigger back to a hedge before it ("It is highly likely that Russian agents attacked").
    private const int VerbReach = 10;
    // Words between a speaker and the verb or noun it reports with ("Britain has “proof”", "Washington now firmly believes").
    private const int SpeakerReach = 4;

    /// <summary>The index of the word that makes the doer of <paramref name="match"/> only attributed: for a nominal act,
    /// one that reports or hedges "X was responsible for / behind / to blame for" it; for it or a verb, a hedge before it in its
    /// clause ("probably", "most likely", "it is likely that", "believed to have", "believes Russia"); -1 when it is told as fact.</summary>
    public static int Cue(SentenceView view, PatternMatch match)
    {
        var first = match.FirstToken - view.Sentence.FirstToken;
        // "Iran most likely carried out the strike on ...": a hedge before a nominal act hedges its doer as well.
        return match.Pattern.Kind == TriggerKind.Noun && NominalCue(view, first) is >= 0 and var nominal ? nominal : VerbCue(view, first);
    }

    /// <summary>Who attributes the act: the actor that says, believes or holds proof at <paramref name="cue"/> or at a saying
    /// before it ("Downing Street said ministers had agreed it was highly likely ..."), else the speaker of a ", X said",
    /// ", said X" or "according to X" after the act; null when none is named.</summary>
    public static Mention? Speaker(SentenceView view, int cue, PatternMatch match)
    {
        for (var j = cue; j >= 1; j--)
        {
            if (view.Word(j) is ";") break;
            if (!(IsSaying(view.Word(j)) || IsProof(view.Word(j))) || view.MentionAt[j] >= 0) continue;
            if (SubjectBefore(view, j) is { } said) return said;
        }

        for (var c = match.LastToken - view.Sentence.FirstToken + 1; c + 2 < view.Count; c++)
        {
            if (view.Is(c, "according") && view.Is(c + 1, "to")) return ActorAt(view, SkipDeterminers(view, c + 2));
            if (view.Word(c) is not ",") continue;
            if (IsSaying(view.Word(c + 1))) return ActorAt(view, SkipDeterminers(view, c + 2));
            var k = SkipDeterminers(view, c + 1);
            if (ActorAt(view, k) is not { } who) continue;
            var v = view.LastOf(who) + 1;
            if (v < view.Count && IsSaying(view.Word(v))) return who;
        }

        return null;
    }

    // "X was (probably) responsible for / behind / to blame for [the ... act]", reported or hedged before the be-verb.
    private static int NominalCue(SentenceView view, int first)
    {
        var k = first - 1;
        for (var skipped = 0; k >= 0 && skipped < PhraseReach && !(view.Is(k, "for") || view.Is(k, "behind")); k--, skipped++)
        {
            if (view.Word(k) is "," or ";" or ":" or "(" or ")" or "." || (view.MentionAt[k] < 0 && view.IsTag(k, Syntax.PartOfSpeech.Verb) && !IsAdjectival(view, k)))
                return -1;
        }

        if (k < 2) return -1;
        var be = k - 1;
        if (view.Is(k, "for"))
        {
            if (view.Is(be, "responsible")) be--;
            else if (view.Is(be, "blame") && view.Is(be - 1, "to")) be -= 2;
            else return -1;
        }

        var hedge = -1;
        while (be >= 0 && IsAdverb(view.Word(be)))
        {
            if (IsHedgeAt(view, be)) hedge = be;
            be--;
        }

        if (!IsBeAt(view, be)) return -1;
        if (hedge >= 0) return hedge;
        for (var j = be - 1; j >= 0 && j >= be - CueReach; j--)
        {
            if (view.Word(j) is ";" || view.Is(j, "but")) return -1;
            if (view.MentionAt[j] >= 0) continue;
            if (IsHedgeAt(view, j) && !view.Is(j + 1, "to")) return j;
            if (IsSaying(view.Word(j)) || IsBelief(view.Word(j)) || IsProof(view.Word(j))) return j;
        }

        return -1;
    }

    // "Iran probably attacked", "most likely carried out", "It is highly likely that Russia attacked", "are believed to have
    // seized", "are alleged to have shelled", "Britain believes Russia poisoned": a hedge or belief before the verb in its clause.
    private static int VerbCue(SentenceView view, int first)
    {
        for (var j = first - 1; j >= 0 && j >= first - VerbReach; j--)
        {
            if (view.Tokens[j].Kind == TokenKind.Punctuation && !(view.Word(j) is "“" or "”" or "\"" or "'s" or "’s")) return -1;
            if (view.MentionAt[j] >= 0) continue;
            var w = view.Word(j);
            if (view.Is(j, "but") || view.Is(j, "while") || view.Is(j, "and")) return -1;
            // "is likely to attack" is a forecast, left to the modality of the infinitive.
            if (IsHedgeAt(view, j) && !view.Is(j + 1, "to")) return j;
            if ((view.Is(j, "believed") || view.Is(j, "suspected") || view.Is(j, "thought") || view.Is(j, "alleged") ||
                 view.Is(j, "rumoured") || view.Is(j, "rumored")) && view.Is(j + 1, "to") && IsBeAt(view, j - 1)) return j;
            // "Britain believes Russia poisoned ...", not "Suspected militants attacked ...": the belief needs its believer.
            if (IsBelief(w) && !view.Is(j + 1, "to") && !IsBeAt(view, j - 1) && SubjectBefore(view, j) is not null) return j;
        }

        return -1;
    }

    // The actor mention that ends at most a few auxiliaries, adverbs or quotes before word j ("Britain has “proof”").
    private static Mention? SubjectBefore(SentenceView view, int j)
    {
        for (var k = j - 1; k >= 0 && k >= j - SpeakerReach; k--)
        {
            if (view.MentionAt[k] >= 0) return ActorAt(view, k);
            if (!(view.Word(k) is "“" or "\"" || IsAuxiliary(view.Word(k)) || IsAdverb(view.Word(k)))) return null;
        }

        return null;
    }

    private static Mention? ActorAt(SentenceView view, int k)
    {
        if (k < 0 || k >= view.Count || view.MentionAt[k] < 0) return null;
        var m = view.Mentions[view.MentionAt[k]];
        return m.Kind == MentionKind.Actor && m.Actor is { } a && (a.Country is not null || a.Org is not null) ? m : null;
    }

    private static int SkipDeterminers(SentenceView view, int k)
    {
        while (k < view.Count && view.MentionAt[k] < 0 && (view.Is(k, "the") || view.Is(k, "a") || view.Is(k, "an"))) k++;
        return k;
    }

    // "the alleged chemical attack", "the “shocking and barbaric” gas attack": a participle used as an adjective inside the phrase.
    private static bool IsAdjectival(SentenceView view, int k) =>
        view.Is(k - 1, "the") || view.Is(k - 1, "a") || view.Is(k - 1, "an") || view.Is(k - 1, "'s") || view.Is(k - 1, "’s") ||
        view.Word(k).EndsWith("ing", StringComparison.OrdinalIgnoreCase) || view.Word(k).EndsWith("ed", StringComparison.OrdinalIgnoreCase);

    private static bool IsBeAt(SentenceView view, int k) => k >= 0 && k < view.Count && IsBe(view.Word(k));

    private static bool IsBe(ReadOnlySpan<char> w) => WordList.Contains(w, ["is", "are", "was", "were", "be", "been"]);

    private static bool IsAuxiliary(ReadOnlySpan<char> w) => WordList.Contains(w, ["has", "have", "had", "does", "did", "do"]);

    private static bool IsAdverb(ReadOnlySpan<char> w) => IsHedge(w) || WordList.Contains(w, [
        "most", "very", "highly", "almost", "certainly", "directly", "ultimately", "also", "now", "firmly", "still", "personally", "indeed", "clearly",
    ]);

    // "almost certainly" and "almost certain" hedge; "certainly" alone insists.
    private static bool IsHedgeAt(SentenceView view, int j) => IsHedge(view.Word(j)) || ((view.Is(j, "certainly") || view.Is(j, "certain")) && view.Is(j - 1, "almost"));

    private static bool IsHedge(ReadOnlySpan<char> w) => WordList.Contains(w, [
        "likely", "probably", "possibly", "presumably", "allegedly", "perhaps", "apparently",
    ]);

    private static bool IsBelief(ReadOnlySpan<char> w) => WordList.Contains(w, [
        "believe", "believes", "believed", "think", "thinks", "suspect", "suspects", "suspected", "assessed", "assesses", "concluded",
    ]);

    private static bool IsSaying(ReadOnlySpan<char> w) => WordList.Contains(w, [
        "said", "says", "say", "told", "claimed", "claims", "claim", "insisted", "insists", "alleged", "alleges", "agreed",
        "believe", "believes", "believed", "thinks", "concluded", "stated", "argued", "argues", "maintained", "maintains",
    ]);

    private static bool IsProof(ReadOnlySpan<char> w) => WordList.Contains(w, ["proof", "evidence"]);
}
