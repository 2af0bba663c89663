using Entente.Model;

namespace Entente.Coding;

/// <summary>"IS claimed responsibility for a bombing at a mosque that killed 60 worshippers": the killing told in a relative
/// clause of the claimed attack is that attack's outcome, named only through the claim; the claim (015) is the event, and the
/// claimant is not the killing's subject (dev-README: an attack that is only the object of "claimed responsibility for").</summary>
internal static class ClaimedAttackOutcome
{
    private const int Reach = 20;

    /// <summary>Whether the violent verb at <paramref name="first"/> (sentence-local) opens a relative clause ("that/which
    /// killed") standing at most twenty words after "claimed responsibility for" with no clause-ending punctuation between.</summary>
    public static bool Holds(SentenceView view, int first)
    {
        var k = first - 1;
        if (k < 1 || !(view.Is(k, "that") || view.Is(k, "which"))) return false;
        for (var r = k - 1; r >= 1 && r >= k - Reach; r--)
        {
            if (view.Word(r) is ";" or ":" or "." or "\"") return false;
            if (view.Is(r, "responsibility") && view.Is(r + 1, "for") && view.Word(r - 1).StartsWith("claim", StringComparison.OrdinalIgnoreCase))
                return true;
        }

        return false;
    }
}
