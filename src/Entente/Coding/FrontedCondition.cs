using Entente.Model;
using Entente.Text;

namespace Entente.Coding;

/// <summary>"If Israel strikes Iran, Tehran will retaliate", "If Russia attacks a NATO member, the alliance will respond with
/// force": a retaliation promised in the main clause is aimed at the side whose act the fronted "if" or "unless" clause names,
/// its subject (dev: a conditional threat is aimed at the party of the condition, as "would retaliate if the US attacked it").</summary>
internal static class FrontedCondition
{
    /// <summary>The subject of the "if"/"unless" clause that opens the sentence before <paramref name="match"/>'s clause, when the
    /// match is a retaliation or a response by force (its head a form of retaliate, respond or react); null otherwise. The slot
    /// points at the trigger.</summary>
    public static ActorSlot? TargetOf(SentenceView view, PatternMatch match, ActorSlot source)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(source);
        var head = match.HeadToken - view.Sentence.FirstToken;
        var word = view.Word(head);
        if (!(word.StartsWith("retaliat", StringComparison.OrdinalIgnoreCase) || word.StartsWith("respond", StringComparison.OrdinalIgnoreCase) ||
              word.StartsWith("react", StringComparison.OrdinalIgnoreCase)))
            return null;
        var k = 0;
        while (k < head && view.Tokens[k].Kind != TokenKind.Word) k++;
        if (!(view.Is(k, "if") || view.Is(k, "unless"))) return null;
        // The condition ends at the first comma, which must come before the trigger.
        var comma = k + 1;
        while (comma < head && view.Word(comma) is not ",") comma++;
        if (comma >= head) return null;
        // The subject opens the condition, after at most a determiner ("If the United States attacks"); an actor further in is
        // an object or a preposition's ("If talks with Iran fail").
        var j = view.MentionAt[k + 1] < 0 && view.Is(k + 1, "the") ? k + 2 : k + 1;
        if (j >= comma || view.MentionAt[j] < 0) return null;
        var m = view.Mentions[view.MentionAt[j]];
        if (m.Kind != MentionKind.Actor || m.Actor is not { } a || a.Key == source.Actor.Key || view.LastOf(m) + 1 >= comma) return null;
        return ActorSlot.CarriedAt(view, match.FirstToken - view.Sentence.FirstToken, a, m.Entries);
    }
}
