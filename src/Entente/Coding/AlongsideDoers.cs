using Entente.Model;

namespace Entente.Coding;

/// <summary>Joint doers named after the act: "Spain recognised Palestine on Tuesday, alongside Ireland and Norway" is
/// Ireland and Norway recognising it too.</summary>
internal static class AlongsideDoers
{
    /// <summary>The actors of the ", alongside X and Y" list after token <paramref name="last"/> in its clause (states and
    /// organisations only, the list ending the clause), or an empty list.</summary>
    public static List<Mention> After(SentenceView view, int last)
    {
        var clause = view.Clause[Math.Max(last, 0)];
        for (var i = last + 1; i + 2 < view.Count && view.Clause[i] == clause; i++)
        {
            if (!view.Is(i, ",") || !view.Is(i + 1, "alongside")) continue;
            List<Mention> doers = [];
            var k = i + 2;
            while (k < view.Count && view.MentionAt[k] >= 0 && view.Mentions[view.MentionAt[k]] is { Kind: MentionKind.Actor } m)
            {
                doers.Add(m);
                k = view.LastOf(m) + 1;
                if (!view.Is(k, "and") && !view.Is(k, ",")) break;
                k++;
            }

            // "..., alongside Ireland and Norway." ends the clause; "alongside Kurdish forces in Raqqa" is a place of action.
            return k < view.Count && (view.Is(k, ".") || view.Is(k, ";")) || k >= view.Count ? doers : [];
        }

        return [];
    }
}
