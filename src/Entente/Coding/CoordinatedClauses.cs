using Entente.Model;
using Entente.Syntax;

namespace Entente.Coding;

/// <summary>Opens a clause at ", and" / ", but" when an actor with a finite verb of its own follows: "Germany criticised Russia,
/// and France condemned Iran" is two clauses, so France is neither a second target of the criticism nor a pledge's content.</summary>
internal static class CoordinatedClauses
{
    /// <summary>Renumbers, in <paramref name="view"/>'s clause array, the rest of each clause after a coordinating conjunction
    /// that opens a clause with its own subject.</summary>
    public static void Split(SentenceView view)
    {
        var count = view.Count;
        if (count < 5) return;
        var max = -1;
        var found = false;
        for (var i = 0; i < count; i++)
        {
            if (view.Clause[i] > max) max = view.Clause[i];
            found |= i > 0 && view.Word(i - 1) is "," && (view.Word(i) is "and" or "but");
        }

        if (!found) return;
        for (var i = 1; i + 2 < count; i++)
        {
            if (!(view.Word(i - 1) is "," && (view.Word(i) is "and" or "but"))) continue;
            var k = i + 1;
            if (view.MentionAt[k] < 0 && view.Word(k) is "the" or "The" or "its" or "their") k++;
            if (k >= count || view.MentionAt[k] < 0 || view.FirstOf(view.Mentions[view.MentionAt[k]]) != k) continue;
            var subject = view.Mentions[view.MentionAt[k]];
            if (!SentenceView.IsActorLike(subject) || !HasOwnVerb(view, subject) || EndsActorList(view, i - 1)) continue;
            var c = view.Clause[i];
            var next = ++max;
            for (var j = i; j < count && view.Clause[j] == c; j++) view.Clause[j] = next;
        }
    }

    /// <summary>"talks between Russia, China, and Iran began": the comma at <paramref name="comma"/> closes a comma-joined list of
    /// actors ("Russia, China"), so its "and" adds the list's last member (the serial comma), not a clause.</summary>
    private static bool EndsActorList(SentenceView view, int comma)
    {
        var before = comma - 1;
        if (before < 2 || view.MentionAt[before] < 0) return false;
        var last = view.Mentions[view.MentionAt[before]];
        var f = view.FirstOf(last);
        return SentenceView.IsActorLike(last) && f >= 2 && view.Word(f - 1) is "," && view.MentionAt[f - 2] >= 0 &&
               SentenceView.IsActorLike(view.Mentions[view.MentionAt[f - 2]]);
    }

    /// <summary>Whether a finite verb (an adverb or two between allowed; no participle in -ing) follows the mention.</summary>
    private static bool HasOwnVerb(SentenceView view, Mention n)
    {
        var j = view.LastOf(n) + 1;
        for (var skipped = 0; j < view.Count && skipped < 2 && view.MentionAt[j] < 0 && view.IsTag(j, PartOfSpeech.Adverb); skipped++) j++;
        if (j >= view.Count || view.MentionAt[j] >= 0 || !view.IsTag(j, PartOfSpeech.Verb)) return false;
        return !view.Word(j).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
    }
}
