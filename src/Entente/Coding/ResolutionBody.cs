using Entente.Model;

namespace Entente.Coding;

/// <summary>"Russia vetoed the draft resolution", "China voted against a UN resolution condemning Russia": a resolution that
/// names no body of its own, or names the UN, is the United Nations' (dev-README: the Security Council and the General
/// Assembly are keyed UN), so a veto or rejection of it is aimed at the UN, not at a party named inside the resolution.</summary>
internal static class ResolutionBody
{
    private const int Reach = 6;

    /// <summary>The UN as the target of the rejection <paramref name="match"/> and the token of its "resolution", when that
    /// word stands within six words after the match in its clause with no party before it other than the UN right before it;
    /// null otherwise (an "EU resolution" is the EU's, found as the object).</summary>
    public static (ActorSlot Body, int Token)? Find(SentenceView view, PatternMatch match, ActorSlot source)
    {
        var last = match.LastToken - view.Sentence.FirstToken;
        var clause = view.Clause[last];
        Mention? named = null;
        for (var k = last + 1; k < view.Count && k <= last + Reach && view.Clause[k] == clause; k++)
        {
            if (view.Tokens[k].Kind == TokenKind.Punctuation) return null;
            if (view.MentionAt[k] >= 0 && view.Mentions[view.MentionAt[k]] is var m && SentenceView.IsActorLike(m))
            {
                if (named is not null || m.Actor?.Org != "UN") return null;
                named = m;
                k = view.LastOf(m);
                continue;
            }

            if (!view.Is(k, "resolution") && !view.Is(k, "resolutions")) continue;
            if (named is not null && view.LastOf(named) + 1 != k && !(view.LastOf(named) + 2 == k && view.Is(k - 1, "draft"))) return null;
            var body = named is null ? new ActorSlot(new ActorCode("UN", null, "UN", null, "United Nations"), source.Mention, "resolution")
                : new ActorSlot(named.Actor!, named, "mention");
            return (body, k);
        }

        return null;
    }
}
