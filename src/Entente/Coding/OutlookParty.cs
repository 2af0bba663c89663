using Entente.Model;

namespace Entente.Coding;

/// <summary>The parties of the dealings an optimistic or pessimistic comment (012, 013) is about, as its targets when the
/// comment names no party itself: "pessimistic about the prospects for talks with Kyiv" (UKR), "hopeful that talks between
/// Sudan's warring generals would resume" (SDN), "confident that a new agreement with the IMF would be reached" (IMF). CAMEO
/// aims such a comment at whom the outlook concerns; without this rule the event lost its target. Only a relation noun
/// (talks, deal, agreement, relations ...) followed by "with" or "between" names the party: an actor merely mentioned later in
/// the sentence is not what the outlook is about.</summary>
internal sealed class OutlookParty
{
    private const int Reach = 14;

    private readonly WordSets _words;

    /// <summary>Creates the finder over the shared word sets.</summary>
    public OutlookParty(WordSets words) => _words = words;

    /// <summary>Whether <paramref name="code"/> is an outlook comment: 012 (pessimistic) or 013 (optimistic).</summary>
    public static bool IsOutlook(string code) => code is "012" or "013";

    /// <summary>The party mentions after "with"/"between" that follow a relation noun within <see cref="Reach"/> words after
    /// <paramref name="match"/>, in its sentence and before any punctuation; empty when there is none or an actor stands
    /// between the comment and the relation noun (that actor is the comment's own topic).</summary>
    public List<Mention> Find(SentenceView view, PatternMatch match)
    {
        ArgumentNullException.ThrowIfNull(view);
        var found = new List<Mention>(2);
        var last = match.LastToken - view.Sentence.FirstToken;
        for (var k = last + 1; k < view.Count && k <= last + Reach; k++)
        {
            if (view.Tokens[k].Kind == TokenKind.Punctuation) return found;
            if (view.MentionAt[k] >= 0)
            {
                // "optimistic about Sweden's bid": a party named first is what the comment is about, found elsewhere (or
                // nowhere); "talks between Sudan's generals" is reached through the relation noun below.
                if (SentenceView.IsActorLike(view.Mentions[view.MentionAt[k]])) return found;
                continue;
            }

            if (!IsRelationNoun(view, k)) continue;
            var between = view.Is(k + 1, "between");
            if (!between && !view.Is(k + 1, "with")) continue;
            AddPartyAt(view, k + 2, found);
            if (between && found.Count == 1 && view.LastOf(found[0]) + 1 is var and && view.Is(and, "and")) AddPartyAt(view, and + 1, found);
            return found;
        }

        return found;
    }

    private void AddPartyAt(SentenceView view, int j, List<Mention> found)
    {
        while (j < view.Count && view.MentionAt[j] < 0 && _words.IsDeterminer(view.Word(j))) j++;
        if (j < view.Count && view.MentionAt[j] >= 0 && view.Mentions[view.MentionAt[j]] is var m && view.FirstOf(m) == j && SentenceView.IsActorLike(m))
            found.Add(m);
    }

    private static bool IsRelationNoun(SentenceView view, int k) =>
        view.Is(k, "talks") || view.Is(k, "negotiations") || view.Is(k, "deal") || view.Is(k, "agreement") || view.Is(k, "accord") ||
        view.Is(k, "relations") || view.Is(k, "ties") || view.Is(k, "dialogue") || view.Is(k, "truce") || view.Is(k, "ceasefire") ||
        view.Is(k, "cooperation") || view.Is(k, "partnership") || view.Is(k, "rapprochement") || view.Is(k, "reconciliation");
}
