using Entente.Model;
using Entente.Syntax;

namespace Entente.Coding;

/// <summary>"Israel's ban on UNRWA drew condemnation from the UN", "The Israeli strike on a hospital drew condemnation from the WHO",
/// "The coup in Niger was condemned by the AU": a reaction
/// whose subject is an act, told before the reaction's verb, is aimed at that act's owner ("Israel's ban") or, for an act
/// named only by its place ("the coup in Niger"), at the state where it happened.</summary>
internal static class JudgedSubject
{
    /// <summary>The owner or place of the act that is the subject of the clause ending before <paramref name="verb"/> (the
    /// reaction's verb or its auxiliary): a possessive actor opening the clause with a lowercase noun after it, a lone demonym
    /// after the determiner with a lowercase noun after it, or "the"
    /// with one to three lowercase words, "in" and a state or place; null when the subject has neither shape or a verb or
    /// punctuation stands inside it.</summary>
    public static Mention? Find(SentenceView view, WordSets words, int verb)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(words);
        if (verb < 1 || verb >= view.Count) return null;
        var clause = view.Clause[verb];
        var start = verb - 1;
        while (start > 0 && view.Clause[start - 1] == clause) start--;
        for (var k = start; k < verb; k++)
        {
            if (view.Tokens[k].Kind == TokenKind.Punctuation && !(view.Word(k) is "'s" or "’s")) return null;
            if (view.MentionAt[k] < 0 && view.IsTag(k, PartOfSpeech.Verb)) return null;
        }

        var first = start;
        if (view.MentionAt[first] < 0 && words.IsDeterminer(view.Word(first))) first++;
        if (first >= verb) return null;
        if (view.MentionAt[first] >= 0)
        {
            // "Israel's ban on UNRWA": the owner of the act noun.
            var owner = view.Mentions[view.MentionAt[first]];
            var end = view.LastOf(owner);
            if (!SentenceView.IsActorLike(owner)) return null;
            if (end + 2 < verb && (view.Is(end + 1, "'s") || view.Is(end + 1, "’s")) && IsLowerWord(view, end + 2)) return owner;
            // "The Israeli strike on a Gaza hospital drew condemnation": a lone demonym before the act noun owns the act as a
            // possessive would.
            return first > start && end + 1 < verb && IsLoneDemonym(owner) && IsLowerWord(view, end + 1) ? owner : null;
        }

        // "The coup in Niger": up to three lowercase words, then "in" and the place.
        var at = first;
        while (at < verb && at - first < 3 && IsLowerWord(view, at) && !view.Is(at, "in")) at++;
        if (at == first || at + 1 >= verb || !view.Is(at, "in") || view.MentionAt[at + 1] < 0) return null;
        var place = view.Mentions[view.MentionAt[at + 1]];
        var named = place.Kind == MentionKind.Place || (place.Kind == MentionKind.Actor && place.Actor is { Country: not null });
        return named && view.LastOf(place) + 1 == verb ? place : null;
    }

    // A mention made of one demonym entry only ("Israeli", "Russian"), not "Russian ambassador" or "Israel".
    private static bool IsLoneDemonym(Mention m) => m.Entries.Count == 1 && m.Entries[0].StartsWith("adj:", StringComparison.Ordinal);

    private static bool IsLowerWord(SentenceView view, int k) =>
        view.MentionAt[k] < 0 && view.Tokens[k].Kind == TokenKind.Word && view.Word(k).Length > 0 && char.IsLower(view.Word(k)[0]);
}
