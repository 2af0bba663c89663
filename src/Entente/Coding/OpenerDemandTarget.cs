using Entente.Model;
using Entente.Text;

namespace Entente.Coding;

/// <summary>"Demanding an end to the war, Kenyans marched on the Russian embassy": a demand or appeal in a sentence-opening
/// participle phrase that names no one is addressed to whom the main clause's protest is aimed at (the marchers demand of the
/// embassy's state).</summary>
internal static class OpenerDemandTarget
{
    private const int Reach = 6;

    private static readonly string[] ProtestVerbs =
        ["marched", "protested", "rallied", "demonstrated", "gathered", "picketed", "converged", "massed", "assembled"];

    /// <summary>The actor the main clause's protest verb is aimed at ("marched on|to|outside the X embassy"), for a demand
    /// (root 10) or appeal (root 02) matched inside the opening phrase; empty otherwise.</summary>
    public static List<Mention> Find(SentenceView view, EventPattern pattern, int first)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(pattern);
        if (!pattern.Cameo.StartsWith("10", StringComparison.Ordinal) && !pattern.Cameo.StartsWith("02", StringComparison.Ordinal)) return [];
        var comma = OpenerSubject.OpenerComma(view);
        if (comma < 0 || first > comma) return [];
        for (var i = comma + 1; i < view.Count; i++)
        {
            if (view.Tokens[i].Kind == TokenKind.Punctuation) return [];
            if (!WordList.Contains(view.Word(i), ProtestVerbs)) continue;
            for (var k = i + 1; k < view.Count && k <= i + Reach; k++)
            {
                if (view.Tokens[k].Kind == TokenKind.Punctuation) return [];
                if (view.MentionAt[k] >= 0 && view.Mentions[view.MentionAt[k]] is var m && m.Kind == MentionKind.Actor) return [m];
            }

            return [];
        }

        return [];
    }
}
