using Entente.Model;

namespace Entente.Coding;

/// <summary>"Trump plans to withdraw all US troops from Syria": the troops a withdrawal's own words name belong to the
/// withdrawer and are never its target; the state they leave is.</summary>
internal static class WithdrawnTroops
{
    /// <summary>Whether <paramref name="target"/> is the withdrawer's own military named inside the words of a withdrawal or retreat
    /// (0356 intent to withdraw, 0874 retreat, 087 de-escalate); forces named after the words ("surrendered to the forces of ...") are not.</summary>
    public static bool AreOwn(string code, PatternMatch match, ActorSlot source, ActorSlot target) =>
        code is "0356" or "0874" or "087" && source.Actor.Country is { } withdrawer && target.Actor.Country == withdrawer &&
        target.Actor.Sector == "MIL" && target.Mention.FirstToken >= match.FirstToken && target.Mention.FirstToken <= match.LastToken;

    /// <summary>"withdraw all US troops from Syria", "pull its forces out of Mali": the state, or a place's state, right after the
    /// "from" or "out of" that follows the withdrawal's words (within three words), when it is not the withdrawer's own; null
    /// otherwise. <paramref name="last"/> is the match's last token, sentence-local.</summary>
    public static ActorSlot? LeftState(SentenceView view, int last, string withdrawer)
    {
        ArgumentNullException.ThrowIfNull(view);
        for (var k = last + 1; k < view.Count && k <= last + 3; k++)
        {
            var at = view.Is(k, "from") ? k + 1 : view.Is(k, "out") && view.Is(k + 1, "of") ? k + 2 : -1;
            if (at < 0) continue;
            if (view.Is(at, "the")) at++;
            if (at >= view.Count || view.MentionAt[at] < 0) return null;
            var m = view.Mentions[view.MentionAt[at]];
            if (m.Kind == MentionKind.Actor && m.Actor is { Country: { } c } a && c != withdrawer) return new ActorSlot(a, m, "mention");
            if (m.Kind == MentionKind.Place && m.Place?.Country is { } pc && pc != withdrawer)
                return new ActorSlot(new ActorCode(pc, pc, null, null, m.Place.Name), m, "place");
            return null;
        }

        return null;
    }
}
