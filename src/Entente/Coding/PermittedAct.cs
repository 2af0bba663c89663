using Entente.Model;
using Entente.Text;

namespace Entente.Coding;

/// <summary>"signed a law allowing the army to shoot down drones", "parliament authorised the president to deploy troops": an
/// act that someone is allowed or authorised to do is not said to have been done (hypothetical, EVAL.md: not realised).</summary>
internal static class PermittedAct
{
    // "allowed" and "enabled" are left out: told in the past they mostly say what made an act possible that then happened ("the
    // coup allowed the government to arrest thousands"); a law or body that allows, or authorised, sets a permission only.
    private static readonly string[] Permissions =
    [
        "allow", "allows", "allowing", "authorise", "authorises", "authorised", "authorising", "authorize", "authorizes",
        "authorized", "authorizing", "permit", "permits", "permitting", "empower", "empowers", "empowered", "empowering",
        "enable", "enables", "enabling",
    ];

    private const int ObjectReach = 5;

    /// <summary>Whether a permission verb, its object and a "to" govern the verb trigger starting at sentence index
    /// <paramref name="first"/> (two words at most between the "to" and the trigger).</summary>
    public static bool Governs(SentenceView view, int first)
    {
        ArgumentNullException.ThrowIfNull(view);
        // "to shoot down drones" (a trigger that starts at its particle), "to swiftly strike": up to two words between.
        var to = -1;
        for (var k = first - 1; k >= Math.Max(1, first - 3); k--)
        {
            if (view.Is(k, "to")) { to = k; break; }
            if (view.Tokens[k].Kind != TokenKind.Word || view.MentionAt[k] >= 0) return false;
        }

        if (to < 1) return false;
        for (var k = to - 1; k >= Math.Max(0, to - 1 - ObjectReach); k--)
        {
            if (view.Tokens[k].Kind == TokenKind.Punctuation) return false;
            if (WordList.Contains(view.Word(k), Permissions)) return true;
        }

        return false;
    }
}
