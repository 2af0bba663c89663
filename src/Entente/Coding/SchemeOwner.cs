using Entente.Model;

namespace Entente.Coding;

/// <summary>"Italy quit the BRI", "Panama pulled out of the Belt and Road Initiative": China's scheme named inside the trigger
/// of a rejection of economic cooperation (CAMEO 121x) stands for China when no actor is named (dev-README: leaving an
/// economic scheme (BRI) = 1211, toward China). The scheme's own words become the target, keyed to China.</summary>
internal static class SchemeOwner
{
    private static readonly ActorCode China = new("CHN", "CHN", null, null, null);

    /// <summary>A mention of China over the scheme's words between <paramref name="first"/> and <paramref name="last"/>
    /// (sentence-local tokens of the trigger) for a 121x pattern; empty otherwise.</summary>
    public static List<Mention> Find(SentenceView view, EventPattern pattern, int first, int last)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(pattern);
        if (!pattern.Cameo.StartsWith("121", StringComparison.Ordinal)) return [];
        for (var i = Math.Max(first, 0); i <= last && i < view.Count; i++)
        {
            var count = view.Is(i, "BRI") ? 1 : view.Is(i, "Belt") && view.Is(i + 1, "and") && view.Is(i + 2, "Road") ? 3 : 0;
            if (count == 0) continue;
            var start = view.Tokens[i].Start;
            var end = view.Tokens[i + count - 1].End;
            return [new Mention(MentionKind.Actor, view.Sentence.Index, view.Sentence.FirstToken + i, count, start, end, ["scheme:belt-and-road"]) { Actor = China }];
        }

        return [];
    }
}
