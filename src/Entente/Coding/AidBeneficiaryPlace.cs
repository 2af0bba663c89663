using Entente.Model;
using Entente.Syntax;

namespace Entente.Coding;

/// <summary>"sent aid to flood victims in Pakistan", "approved a grant for reconstruction in Ukraine": aid given to people or
/// a purpose (a plain noun group after the pattern's own "to" or "for") in a named state goes to that state.</summary>
internal static class AidBeneficiaryPlace
{
    // Words of the beneficiary's noun group between "to"/"for" and "in": "flood victims", "the reconstruction of schools".
    private const int Reach = 5;

    /// <summary>Whether <paramref name="m"/>, a state after "in" at <paramref name="at"/>, is where the beneficiaries of an
    /// aid pattern (07x given, 033x promised) ending at <paramref name="last"/> are: "to" or "for" one or two words after the
    /// trigger, then at most <see cref="Reach"/> words with no name, number or punctuation up to "in".</summary>
    public static bool Is(SentenceView view, EventPattern pattern, Mention m, int at, int last)
    {
        if (!(pattern.Cameo.StartsWith("07", StringComparison.Ordinal) || pattern.Cameo.StartsWith("033", StringComparison.Ordinal))) return false;
        if (at <= last + 2 || !view.Is(at, "in")) return false;
        if (!(m is { Kind: MentionKind.Place, Place.Country: not null } || m is { Kind: MentionKind.Actor, Actor: { Country: not null, Name: null, Sector: null } })) return false;
        for (var k = at - 1; k > last && at - k <= Reach + 1; k--)
        {
            if (view.MentionAt[k] >= 0 || view.Tokens[k].Kind != TokenKind.Word) return false;
            if (k <= last + 2 && k < at - 1 && IsOwnPreposition(view, pattern, k)) return true;
        }

        return false;
    }

    private static bool IsOwnPreposition(SentenceView view, EventPattern pattern, int k)
    {
        if (!(view.Is(k, "to") || view.Is(k, "for"))) return false;
        // "pledged aid to develop security in Djibouti": an infinitive's object is what the aid is for, not whom it goes to.
        if (view.Is(k, "to") && view.IsTag(k + 1, PartOfSpeech.Verb)) return false;
        foreach (var p in pattern.TargetPrepositions)
        {
            if (view.Is(k, p)) return true;
        }

        return false;
    }
}
