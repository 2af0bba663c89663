using Entente.Model;
using Entente.Syntax;
using Entente.Text;

namespace Entente.Coding;

/// <summary>"Floods in Pakistan killed 30 people", "Twin suicide bombings in central Baghdad killed 32 people", "Bombings in
/// Kabul left 18 dead": when a clause opens with a thing (no actor named in it) and the names right before a violent verb are
/// the object of a place preposition after that thing, they say where the violence happened, not who did it. The argument
/// finder takes the nearest name for the subject; this class recognises the opening phrase so that the coder can set that
/// name aside (a disaster then gives no event, an unclaimed bombing is keyed to where it struck: dev-README).</summary>
internal static class LocativeSubject
{
    private const int OpeningWords = 5;
    private const int Modifiers = 2;

    /// <summary>The sentence index of the place preposition ("in", "at", "near", "outside") that puts
    /// <paramref name="found"/>, the names ending right before the verb at <paramref name="first"/>, after an opening thing
    /// phrase of at most five words with a common noun and no actor, verb or punctuation; -1 otherwise.</summary>
    public static int Preposition(SentenceView view, IReadOnlyList<Mention> found, int first)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(found);
        if (found.Count == 0 || !view.HasTags || view.LastOf(found[^1]) != first - 1) return -1;
        var k = view.FirstOf(found[0]) - 1;
        // "in central Baghdad", "at the main market in": a determiner and up to two adjectives stand between.
        for (var skipped = 0; k >= 0 && skipped < Modifiers && view.MentionAt[k] < 0 &&
                              (view.IsTag(k, PartOfSpeech.Adjective) || view.IsTag(k, PartOfSpeech.Determiner)); skipped++)
            k--;
        if (k < 1 || !(view.Is(k, "in") || view.Is(k, "at") || view.Is(k, "near") || view.Is(k, "outside"))) return -1;
        var clause = view.Clause[first];
        var noun = false;
        var words = 0;
        for (var i = k - 1; i >= 0 && view.Clause[i] == clause; i--)
        {
            if (view.MentionAt[i] >= 0 || view.Tokens[i].Kind != TokenKind.Word || ++words > OpeningWords) return -1;
            if (view.IsTag(i, PartOfSpeech.Verb) || view.IsTag(i, PartOfSpeech.Auxiliary) || view.IsTag(i, PartOfSpeech.Modal) ||
                view.IsTag(i, PartOfSpeech.Pronoun))
                return -1;
            if (view.IsTag(i, PartOfSpeech.Noun)) noun = true;
        }

        return noun ? k : -1;
    }

    /// <summary>Whether the opening phrase before the preposition at <paramref name="preposition"/> names a disaster or an
    /// accident ("Floods in", "A landslide in", "The earthquake in"), which no one commits.</summary>
    public static bool IsDisaster(SentenceView view, int preposition)
    {
        ArgumentNullException.ThrowIfNull(view);
        for (var i = preposition - 1; i >= 0 && i >= preposition - OpeningWords; i--)
        {
            if (AccidentalDeath.IsCause(view.Word(i))) return true;
        }

        return false;
    }
}
