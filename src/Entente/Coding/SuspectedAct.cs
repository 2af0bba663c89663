using Entente.Model;
using Entente.Text;

namespace Entente.Coding;

/// <summary>"Pakistan detained five suspects in connection with the killing of Chinese engineers", "two Brazilian men sought
/// in the slaying of two American missionaries": a violent act named as what someone is wanted, held, charged or tried for is
/// the case's background (and its doer is the suspect, not the sentence's subject); the legal act is the event.</summary>
internal static class SuspectedAct
{
    // Words a noun phrase may take before its head ("the brutal killing", "last year's bombing of").
    private const int PhraseReach = 4;
    // Words between the legal word and the preposition: the suspects ("charged a Syrian man over", "convicted two Algerian
    // nationals of").
    private const int ObjectReach = 5;

    /// <summary>Whether the nominal act of <paramref name="noun"/> follows "in", "over", "for", "of" or "in connection with"
    /// that a word of suspicion or prosecution governs in the same clause, or "linked/tied/connected to".</summary>
    public static bool Holds(SentenceView view, PatternMatch noun)
    {
        var first = noun.FirstToken - view.Sentence.FirstToken;
        var clause = view.Clause[first];
        var k = first - 1;
        for (var skipped = 0; k >= 0 && skipped < PhraseReach && !IsPreposition(view, k); k--, skipped++)
        {
            if (view.Tokens[k].Kind == TokenKind.Punctuation && !view.Is(k, "'s") && !view.Is(k, "’s")) return false;
        }

        if (k < 1 || !IsPreposition(view, k) || view.Clause[k] != clause) return false;
        // "a diplomat it linked to the killing of a Sikh leader": what someone is tied to is alleged, not told as fact.
        if (view.Is(k, "to")) return IsLinkWord(view.Word(k - 1));
        // "in connection with": the governing word stands before "in".
        if (view.Is(k, "with") && k >= 2 && view.Is(k - 1, "connection") && view.Is(k - 2, "in")) k -= 2;
        for (var j = k - 1; j >= 0 && j >= k - 1 - ObjectReach && view.Clause[j] == clause; j--)
        {
            if (view.Tokens[j].Kind == TokenKind.Punctuation) return false;
            if (IsLegalWord(view.Word(j))) return true;
            // "wanted for", "sought in", "tried for" only right before the preposition: "wanted talks over the shelling".
            if (j == k - 1 && IsWantedWord(view.Word(j))) return true;
            // Another verb between ("arrested X who attacked ... over"): the preposition is not the legal word's.
            if (view.MentionAt[j] < 0 && j < k - 1 && view.IsTag(j, Syntax.PartOfSpeech.Verb)) return false;
        }

        return false;
    }

    private static bool IsWantedWord(ReadOnlySpan<char> w) => WordList.Contains(w, ["sought", "wanted", "tried"]);

    private static bool IsLinkWord(ReadOnlySpan<char> w) => WordList.Contains(w, ["linked", "tied", "connected"]);

    private static bool IsPreposition(SentenceView view, int k) =>
        view.Is(k, "to") || view.Is(k, "in") || view.Is(k, "over") || view.Is(k, "for") || view.Is(k, "of") || view.Is(k, "with");

    private static bool IsLegalWord(ReadOnlySpan<char> w) => WordList.Contains(w, [
        "suspected", "suspect", "suspects", "accused", "charged", "charges", "arrested", "arrest", "arrests",
        "detained", "held", "convicted", "conviction", "jailed", "sentenced", "trial", "indicted", "indictment",
        "questioned", "prosecuted", "prosecution", "warrant", "warrants", "extradited", "extradition", "guilty", "acquitted",
    ]);
}
