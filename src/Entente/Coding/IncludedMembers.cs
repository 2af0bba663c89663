using Entente.Model;
using Entente.Text;

namespace Entente.Coding;

/// <summary>"sanctioned several countries, including Iran and Syria", "expelled the envoys of seven Latin American states,
/// including Argentina and Chile": a trigger's object that is a plural of states named only by kind is made up of the members
/// listed after ", including" (or ", such as", ", notably", ", namely"); those are its targets.</summary>
internal static class IncludedMembers
{
    // Words of the kind-of-states noun group between the trigger and the comma: "the ambassadors of seven Latin American countries".
    private const int Reach = 8;

    private static readonly string[] Kinds =
        ["countries", "states", "nations", "governments", "allies", "neighbours", "neighbors", "members", "capitals", "regimes", "powers"];

    private static readonly string[] Openers = ["including", "notably", "namely", "especially", "particularly"];

    /// <summary>The token of the first member named after the trigger ending at <paramref name="last"/>, or -1: the words
    /// after the trigger (at most <see cref="Reach"/>, no name but a bare demonym or region adjective) hold a plural noun
    /// of states and end at a comma followed by "including" (or "such as" ...) and an actor.</summary>
    public static int First(SentenceView view, int last)
    {
        var kind = false;
        for (var k = last + 1; k < view.Count && k <= last + Reach + 1; k++)
        {
            if (view.Is(k, ","))
            {
                if (!kind) return -1;
                var at = k + 1;
                if (at < view.Count && WordList.Contains(view.Word(at), Openers)) at++;
                else if (at + 1 < view.Count && view.Is(at, "such") && view.Is(at + 1, "as")) at += 2;
                else return -1;
                return at < view.Count && view.MentionAt[at] >= 0 && SentenceView.IsActorLike(view.Mentions[view.MentionAt[at]]) ? at : -1;
            }

            if (view.MentionAt[k] >= 0)
            {
                var m = view.Mentions[view.MentionAt[k]];
                if (!ArgumentFinder.IsBareDemonym(m) && !IsRegionAdjective(m)) return -1;
                k = view.LastOf(m);
                continue;
            }

            // "Isis is defeated and other countries, including Turkey, should ...": a conjunction starts another clause's subject.
            if (view.Tokens[k].Kind is not (TokenKind.Word or TokenKind.Number) || view.Is(k, "and") || view.Is(k, "or") || view.Is(k, "but")) return -1;
            kind |= WordList.Contains(view.Word(k), Kinds);
        }

        return -1;
    }

    // "Latin American", "West African": a region's adjective, which names a kind, not a party.
    private static bool IsRegionAdjective(Mention m)
    {
        if (m.Kind != MentionKind.Actor || m.Actor?.Name is not null) return false;
        for (var i = 0; i < m.Entries.Count; i++)
        {
            if (!m.Entries[i].StartsWith("adj:", StringComparison.Ordinal)) return false;
        }

        return m.Entries.Count > 0;
    }
}
