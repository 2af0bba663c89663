using Entente.Model;
using Entente.Text;

namespace Entente.Coding;

/// <summary>"Chad ended its defence cooperation agreement with France", "Russia violated the agreement": an agreement named as
/// the object of ending, leaving or breaking it is no signing; the cut is the event (coded by its own pattern).</summary>
internal static class EndedAgreement
{
    private const int Reach = 6;

    /// <summary>Whether a verb of ending, suspending, leaving or breaching stands at most six words before the agreement noun
    /// at <paramref name="first"/>, in its clause, with no punctuation between.</summary>
    public static bool Holds(SentenceView view, int first)
    {
        var clause = view.Clause[first];
        for (var k = first - 1; k >= 0 && k >= first - Reach && view.Clause[k] == clause; k--)
        {
            if (view.Tokens[k].Kind == TokenKind.Punctuation) return false;
            if (IsEnding(view.Word(k))) return true;
        }

        return false;
    }

    private static bool IsEnding(ReadOnlySpan<char> w) =>
        WordList.Contains(w, [
            "ended", "ends", "ending", "scrapped", "scraps", "scrapping", "terminated", "terminates", "terminating", "cancelled", "canceled",
            "cancels", "suspended", "suspends", "suspending", "revoked", "revokes", "revoking", "abandoned", "abandons", "quit", "quits",
            "violated", "violates", "violating", "breached", "breaches", "breaching", "exited", "exits", "abrogated", "abrogates",
            "tore", "torn", "withdrew", "withdrawn", "withdrawing", "renounced", "renounces", "repudiated", "annulled", "annuls",
        ]);
}
