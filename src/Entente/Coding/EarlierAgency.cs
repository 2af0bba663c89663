using System.Collections.Frozen;
using Entente.Model;

namespace Entente.Coding;

/// <summary>"The Somali foreign ministry said ... The ministry also summoned Kenya's envoy": a bare agent after "the" names again
/// the institution of its kind the document last named with a state, not a guess from the document's focus; "the EU's special
/// envoy travelled to Belgrade. The envoy urged ...": the envoy last named with a state or an organisation.</summary>
internal static class EarlierAgency
{
    // Institutions a story names again by their kind alone; "the government", "the president" or "the official" are left to the
    // document's focus: they stand as often for the state the story is about as for the one last named with them.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Kinds = new[]
    {
        "ministry", "embassy", "consulate", "army", "navy", "military", "envoy", "ambassador",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The state or organisation (plain) of the last earlier actor of <paramref name="agent"/>'s kind ("the ministry"
    /// after "the Somali foreign ministry"), other than <paramref name="except"/>; null when the agent is not one definite singular
    /// word or none was named.</summary>
    public static ActorCode? Owner(Mention agent, ActorContext context, string? except, string text)
    {
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(text);
        if (agent.TokenCount != 1 || agent.Plural || !Kinds.Contains(text.AsSpan(agent.Start, agent.End - agent.Start)) ||
            !AfterThe(agent.Start, text)) return null;
        for (var i = 0; i < agent.Entries.Count; i++)
        {
            if (!agent.Entries[i].StartsWith(ActorContext.AgentPrefix, StringComparison.Ordinal)) continue;
            return context.LastOfKind(agent.Entries[i]) is { } owner && owner.Key != except ? owner : null;
        }

        return null;
    }

    /// <summary>Whether the word right before <paramref name="start"/> is "the" (any case).</summary>
    internal static bool AfterThe(int start, string text)
    {
        var end = start;
        while (end > 0 && text[end - 1] == ' ') end--;
        var begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1])) begin--;
        return text.AsSpan(begin, end - begin).Equals("the", StringComparison.OrdinalIgnoreCase);
    }
}
