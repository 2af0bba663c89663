using Entente.Model;

namespace Entente.Coding;

/// <summary>"India sought China's help", "Kenya requested Britain's assistance", "the AU suspended Niger's membership": an actor
/// owning the noun that an appeal's or a reduction's own words run through is whom the act is aimed at, when the pattern names
/// no other target.</summary>
internal static class TriggerPossessor
{
    /// <summary>The actor-like mention inside the match between the verb at <paramref name="head"/> and its last word at
    /// <paramref name="last"/>, followed by a possessive "'s" (or a bare apostrophe) with the pattern's noun still to come;
    /// null when there is none or it is one of <paramref name="source"/>.</summary>
    public static Mention? Find(SentenceView view, EventPattern pattern, int head, int last, IReadOnlyList<Mention> source)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        // Appeals, reductions of relations and protests only: "sought China's help", "suspended Niger's membership",
        // "froze Iran's assets", "protested Japan's claim"; "fighting Turkey's battles" is no act toward Turkey.
        return pattern.Cameo.StartsWith("02", StringComparison.Ordinal) || pattern.Cameo.StartsWith("16", StringComparison.Ordinal) ||
               pattern.Cameo == "140"
            ? Owner(view, head, last, source)
            : null;
    }

    /// <summary>"Turkey voiced support for Sweden's bid to join NATO", "rejected Iran's offer to talk with the US": the
    /// actor-like mention owning a noun inside the match between <paramref name="head"/> and <paramref name="last"/> (see
    /// <see cref="Find"/>), whatever the pattern's code; null when there is none or it is one of <paramref name="source"/>.</summary>
    public static Mention? Owner(SentenceView view, int head, int last, IReadOnlyList<Mention> source)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(source);
        for (var k = head + 1; k < last; k++)
        {
            if (view.MentionAt[k] < 0) continue;
            var m = view.Mentions[view.MentionAt[k]];
            var end = view.LastOf(m);
            if (!SentenceView.IsActorLike(m) || end + 1 >= last || !(view.Is(end + 1, "'s") || view.Is(end + 1, "’s") || view.Is(end + 1, "'"))) return null;
            for (var i = 0; i < source.Count; i++)
            {
                if (ReferenceEquals(source[i], m)) return null;
            }

            return m;
        }

        return null;
    }
}
