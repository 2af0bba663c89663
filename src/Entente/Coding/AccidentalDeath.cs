using Entente.Model;
using Entente.Text;

namespace Entente.Coding;

/// <summary>"Four people were killed in a fire in Haifa", "were killed when a bus overturned", "died when a building collapsed":
/// deaths the sentence puts down to a fire, a crash or a disaster have no attacker, so the place where they happened is no
/// perpetrator (dev-README: weather and disasters are no events).</summary>
internal static class AccidentalDeath
{
    private const int Reach = 10;

    private static readonly string[] Causes =
    [
        "blaze", "crash", "accident", "collision", "stampede", "landslide", "landslides", "mudslide", "flood", "floods", "flooding",
        "earthquake", "quake", "cyclone", "hurricane", "typhoon", "avalanche", "heatwave", "collapse", "collapsed",
        "overturned", "capsized", "sank", "derailed", "derailment", "lightning", "inferno", "tornado", "tsunami",
    ];

    /// <summary>Whether <paramref name="word"/> names a crash, a flood, a quake or another accident or disaster (a fire needs its article: "Holds")</summary>
    public static bool IsCause(ReadOnlySpan<char> word) => WordList.Contains(word, Causes);

    /// <summary>Whether the words after the agentless killing verb ending at <paramref name="last"/> (a sentence index) name a
    /// fire, crash or disaster as the cause, before the clause's end.</summary>
    public static bool Holds(SentenceView view, int last)
    {
        ArgumentNullException.ThrowIfNull(view);
        for (var k = last + 1; k < view.Count && k <= last + Reach; k++)
        {
            if (view.Is(k, ";") || view.Is(k, ":")) return false;
            if (WordList.Contains(view.Word(k), Causes)) return true;
            // "in a fire", "when a fire broke out": a fire as a noun after an article, not "opened fire" or "fire on"; a storm
            // likewise, not "as troops storm the compound".
            if (view.Is(k, "fire") && (view.Is(k - 1, "a") || view.Is(k - 1, "the") || view.Is(k + 1, "broke") || view.Is(k + 1, "swept") || view.Is(k + 1, "gutted"))) return true;
            if (view.Is(k, "storm") && (view.Is(k - 1, "a") || view.Is(k - 1, "the"))) return true;
        }

        return false;
    }
}
