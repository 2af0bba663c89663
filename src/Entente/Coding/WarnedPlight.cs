using Entente.Model;
using Entente.Text;

namespace Entente.Coding;

/// <summary>"The UN warned that millions of people face freezing conditions", "aid agencies warned that Somalia was facing
/// famine": a warning whose that-clause tells the plight of people or a country describes a danger; it threatens no one, least
/// of all those in need (CAMEO 130 is a threat made to its target).</summary>
internal static class WarnedPlight
{
    // Quantity words between "that" and the people it counts ("that some 400 civilians", "that millions of children").
    private const int CountReach = 5;

    /// <summary>Whether the threat or warning verb <paramref name="match"/> has as its target the subject of a that-clause after
    /// it said (in the present or past, not "would face") to face, need or suffer something.</summary>
    public static bool Holds(SentenceView view, PatternMatch match, IReadOnlyList<ActorSlot> targets)
    {
        if (match.Pattern.Kind != TriggerKind.Verb || !match.Pattern.Cameo.StartsWith("13", StringComparison.Ordinal) || targets.Count == 0 ||
            targets[0].Mention.Sentence != view.Sentence.Index)
            return false;
        var first = view.FirstOf(targets[0].Mention);
        var k = first - 1;
        for (var skipped = 0; k > 0 && skipped < CountReach && view.MentionAt[k] < 0 && IsCountWord(view, k); skipped++) k--;
        // "warned that children face ...", or with no "that": "NGOs warn children face ...".
        var last = match.LastToken - view.Sentence.FirstToken;
        if (!(view.Is(k, "that") && k > last) && k != last) return false;
        var after = view.LastOf(targets[0].Mention) + 1;
        // "refugees in Bangladesh are ...": where they are may come first.
        if ((view.Is(after, "in") || view.Is(after, "inside") || view.Is(after, "from")) && after + 1 < view.Count && view.MentionAt[after + 1] >= 0)
            after = view.LastOf(view.Mentions[view.MentionAt[after + 1]]) + 1;
        while (after < view.Count && view.MentionAt[after] < 0 && WordList.Contains(view.Word(after), ["is", "was", "are", "were", "has", "have", "had", "been", "now", "still", "already", "directly", "badly", "severely", "increasingly"]))
            after++;
        if (after >= view.Count) return false;
        // "were in urgent need", "is at risk of famine".
        if (view.Is(after, "in")) return view.Is(after + 1, "need") || view.Is(after + 2, "need");
        if (view.Is(after, "at")) return view.Is(after + 1, "risk");
        return WordList.Contains(view.Word(after), ["face", "faces", "faced", "facing", "need", "needs", "needed", "suffering", "starving", "affected", "trapped"]);
    }

    private static bool IsCountWord(SentenceView view, int k) =>
        view.Tokens[k].Kind == TokenKind.Number || WordList.Contains(view.Word(k), [
            "the", "some", "about", "around", "nearly", "almost", "more", "than", "at", "least", "an", "estimated", "of", "millions", "million",
            "thousands", "hundreds", "tens", "many", "most",
        ]);
}
