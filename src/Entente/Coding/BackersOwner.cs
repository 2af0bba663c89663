using Entente.Model;

namespace Entente.Coding;

/// <summary>"Ukraine's Western allies pledged more missiles", "Kyiv's Western partners promised aid": a region's backers named
/// through a state's possessive help that state; a promise, support or aid they give with no partner of its own is aimed at it.</summary>
internal static class BackersOwner
{
    /// <summary>The state (country or capital) mention whose possessive stands right before <paramref name="backers"/>, when the
    /// backers are a world region's actors ("Western allies", "European partners"); null otherwise.</summary>
    public static Mention? Of(SentenceView view, Mention backers)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(backers);
        if (backers.Kind != MentionKind.Actor || backers.Actor is not { Country: null, Org: null } || !ArgumentFinder.HasEntry(backers, "region:")) return null;
        var k = view.FirstOf(backers) - 1;
        if (!(view.Is(k, "'s") || view.Is(k, "’s")) || k < 1 || view.MentionAt[k - 1] < 0) return null;
        var owner = view.Mentions[view.MentionAt[k - 1]];
        return owner.Kind == MentionKind.Actor && owner.Actor is { Country: not null } &&
               (ArgumentFinder.HasEntry(owner, "country:") || ArgumentFinder.HasEntry(owner, "capital:"))
            ? owner
            : null;
    }

    /// <summary>Whether <paramref name="code"/> is an act of cooperation a backer does for someone: a promise (03), support (05),
    /// material cooperation (06) or aid (07).</summary>
    public static bool IsHelp(string code) => code.StartsWith("03", StringComparison.Ordinal) || code.StartsWith("05", StringComparison.Ordinal) ||
                                             code.StartsWith("06", StringComparison.Ordinal) || code.StartsWith("07", StringComparison.Ordinal);
}
