using Entente.Model;

namespace Entente.Coding;

/// <summary>"Bombings in Kabul left 18 dead", "a car bomb attack ... leaving 38 people dead": "left ... dead" tells a toll, not
/// who caused it. It stands for the attack only when an unclaimed bombing or attack is its subject (UnclaimedBombing keys that
/// to where it struck); otherwise the attack, when the sentence names one, is coded from its own words, and the toll adds no
/// second event (better silent than a guessed killer).</summary>
internal static class TollVerb
{
    /// <summary>Whether the verb match <paramref name="match"/> is "leave/left/leaving ... dead".</summary>
    public static bool Is(SentenceView view, PatternMatch match)
    {
        ArgumentNullException.ThrowIfNull(view);
        var head = match.HeadToken - view.Sentence.FirstToken;
        var last = match.LastToken - view.Sentence.FirstToken;
        return view.Is(last, "dead") && (view.Is(head, "left") || view.Is(head, "leave") || view.Is(head, "leaves") || view.Is(head, "leaving"));
    }
}
