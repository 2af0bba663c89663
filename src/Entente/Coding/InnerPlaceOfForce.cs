using Entente.Model;
using Entente.Syntax;

namespace Entente.Coding;

/// <summary>"struck targets inside Russia with British missiles", "hit depots in Iran with drones": a use of force whose
/// trigger runs over its own object (a plain noun group) and the place it lies in, up to the weapon. The state of that place
/// (named as itself), inside the trigger's words after "in" or "inside", is the target.</summary>
internal static class InnerPlaceOfForce
{
    /// <summary>Whether <paramref name="m"/>, a state named inside the trigger (head <paramref name="head"/> to
    /// <paramref name="last"/>) after the preposition at <paramref name="at"/>, is where an object pattern of force
    /// (roots 18–20) strikes: the words between the head and the preposition are a plain noun group of at most four words
    /// (no name, participle or other preposition: the tagger reads "fuel depots" as a verb and a noun); none when the head word is itself that noun ("targets inside Russia").</summary>
    public static bool Is(SentenceView view, EventPattern pattern, Mention m, int at, int head, int last)
    {
        if (!pattern.DirectObject || !AttackOutcome.IsViolent(pattern.Cameo)) return false;
        if (at <= head || view.FirstOf(m) > last || !(view.Is(at, "in") || view.Is(at, "inside"))) return false;
        // Only a state named as itself: a region ("depots in Crimea") is keyed to a country that may be the striker's own claim.
        if (m is not { Kind: MentionKind.Actor, Actor: { Country: not null, Name: null } } || !HasStateEntry(m)) return false;
        var gap = at - head - 1;
        if (gap > 4 || (gap == 0 && !view.IsTag(head, PartOfSpeech.Noun))) return false;
        for (var k = head + 1; k < at; k++)
        {
            var w = view.Word(k);
            if (view.MentionAt[k] >= 0 || w.Length == 0 || !char.IsLetter(w[0]) || (view.IsTag(k, PartOfSpeech.Verb) && w.EndsWith("ed", StringComparison.Ordinal)) ||
                view.IsTag(k, PartOfSpeech.Preposition)) return false;
        }

        return true;
    }

    /// <summary>A state named by its name or capital, not a demonym ("British" missiles name whose the weapons are).</summary>
    private static bool HasStateEntry(Mention m)
    {
        for (var i = 0; i < m.Entries.Count; i++)
        {
            if (m.Entries[i].StartsWith("country:", StringComparison.Ordinal) || m.Entries[i].StartsWith("capital:", StringComparison.Ordinal)) return true;
        }

        return false;
    }
}
