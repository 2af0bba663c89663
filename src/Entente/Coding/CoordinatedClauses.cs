using System.Collections.Frozen;
using Entente.Model;
using Entente.Syntax;

namespace Entente.Coding;

/// <summary>Opens a clause at ", and" / ", but" when a noun group with a finite verb of its own follows: "Germany criticised Russia,
/// and France condemned Iran" is two clauses, so France is neither a second target of the criticism nor a pledge's content.</summary>
internal static class CoordinatedClauses
{
    // Words the tagger may read as nouns, and times, that never make the subject after "and": "and then accused", "and later
    // said", "and last week imposed" (the first clause's subject goes on).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotSubjects =
        new[] { "then", "also", "now", "so", "yet", "still", "thus", "instead", "again", "meanwhile", "last", "next",
                "week", "weekend", "month", "year", "day", "night", "morning", "evening", "afternoon", "today", "yesterday", "tonight" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

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
            if (!OpensClause(view, i + 1) || EndsActorList(view, i - 1)) continue;
            var c = view.Clause[i];
            var next = ++max;
            for (var j = i; j < count && view.Clause[j] == c; j++) view.Clause[j] = next;
        }
    }

    /// <summary>Whether a noun group with a finite verb of its own starts at <paramref name="k"/>: an actor ("and France condemned")
    /// or any noun phrase ("and previous parliamentary inquiries have found", "and several member states recalled"); "and then",
    /// "and in Cairo" or a second predicate ("and accused") open none.</summary>
    private static bool OpensClause(SentenceView view, int k)
    {
        var count = view.Count;
        if (view.MentionAt[k] < 0 && view.Word(k) is "the" or "The" or "its" or "their") k++;
        if (k >= count) return false;
        if (view.MentionAt[k] >= 0 && view.Mentions[view.MentionAt[k]] is var subject && SentenceView.IsActorLike(subject))
            return view.FirstOf(subject) == k && HasOwnVerb(view, view.LastOf(subject) + 1);

        var head = NounGroupEnd(view, k);
        return head >= 0 && HasOwnVerb(view, head + 1);
    }

    /// <summary>The last token of a noun group of up to six words starting at <paramref name="k"/> (determiners, numbers and
    /// adjectives, then nouns or names, any mention inside it), or -1 when none starts there.</summary>
    private static int NounGroupEnd(SentenceView view, int k)
    {
        var head = -1;
        for (var j = k; j < view.Count && j < k + 6; j++)
        {
            if (view.Tokens[j].Kind != TokenKind.Word) break;
            if (NotSubjects.Contains(view.Word(j))) return -1;
            if (view.MentionAt[j] >= 0 || view.IsTag(j, PartOfSpeech.Noun) || view.IsTag(j, PartOfSpeech.ProperNoun))
            {
                head = j;
                continue;
            }

            if (!(view.IsTag(j, PartOfSpeech.Determiner) || view.IsTag(j, PartOfSpeech.Number) || view.IsTag(j, PartOfSpeech.Adjective))) break;
        }

        return head;
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

    /// <summary>Whether a finite verb group (an adverb or two before it allowed; no participle in -ing) starts at <paramref name="j"/>.</summary>
    private static bool HasOwnVerb(SentenceView view, int j)
    {
        for (var skipped = 0; j < view.Count && skipped < 2 && view.MentionAt[j] < 0 && view.IsTag(j, PartOfSpeech.Adverb); skipped++) j++;
        if (j >= view.Count || view.MentionAt[j] >= 0) return false;
        // "and several member states have recalled", "and France will": an auxiliary or modal is finite.
        if (view.IsTag(j, PartOfSpeech.Auxiliary) || view.IsTag(j, PartOfSpeech.Modal)) return true;
        if (!view.IsTag(j, PartOfSpeech.Verb)) return false;
        return !view.Word(j).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
    }
}
