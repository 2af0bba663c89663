using Entente.Model;
using Entente.Text;

namespace Entente.Coding;

/// <summary>"sent troops to quell riots in Nairobi", "police dispersed the protests": a protest word that is the object of a
/// verb of putting it down names what the security forces act against; the forces (the nearest actor before it) are not
/// the protesters, so the word codes no protest of theirs.</summary>
internal static class QuelledProtest
{
    // Words a quelling verb may stand before its object: "quell the growing riots", "disperse these violent protests".
    private const int Reach = 3;

    private static readonly string[] Verbs =
        ["quell", "quells", "quelled", "quelling", "suppress", "suppresses", "suppressed", "suppressing", "crush", "crushes", "crushed",
         "crushing", "disperse", "disperses", "dispersed", "dispersing", "contain", "contains", "contained", "containing"];

    /// <summary>Whether the protest word starting at <paramref name="first"/> follows a quelling verb within a few lowercase
    /// words that are not actors.</summary>
    public static bool Holds(SentenceView view, int first)
    {
        ArgumentNullException.ThrowIfNull(view);
        for (var k = first - 1; k >= 0 && first - k <= Reach; k--)
        {
            if (view.Tokens[k].Kind != TokenKind.Word || view.MentionAt[k] >= 0) return false;
            if (WordList.Contains(view.Word(k), Verbs)) return true;
        }

        return false;
    }
}
