using Entente.Text;

namespace Entente.Syntax;

/// <summary>"sent aid to flood victims", "to quake survivors", "to war refugees": a disaster or war noun right before a word
/// for the people it struck is that noun's modifier, not an infinitive after "to".</summary>
internal static class DisasterVictims
{
    private static readonly string[] Disasters =
    [
        // Only nouns rarely used as verbs before people: "to attack refugees", "to bomb civilians" are infinitives.
        "flood", "floods", "quake", "earthquake", "war", "storm", "cyclone", "hurricane", "typhoon", "tsunami", "famine", "drought",
        "wildfire", "landslide", "mudslide", "disaster", "conflict", "landmine", "cholera", "ebola", "avalanche", "volcano", "eruption",
    ];

    private static readonly string[] People = ["victims", "victim", "survivors", "survivor", "refugees", "evacuees", "orphans", "widows", "casualties"];

    /// <summary>Whether <paramref name="word"/> names a disaster and <paramref name="next"/> the people it struck.</summary>
    public static bool Modifies(ReadOnlySpan<char> word, ReadOnlySpan<char> next) => WordList.Contains(next, People) && WordList.Contains(word, Disasters);
}
