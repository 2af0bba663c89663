using System.Collections.Frozen;

namespace Entente.Coding;

/// <summary>"will send F-16 fighter jets to Ukraine", "refused to send tanks to Ukraine": weapons that a state is to send, or
/// will not send, to another state are military aid (072: its intent 0332, its refusal 1222), not a deployment of its own
/// forces (154). A sending that happened ("Russia sent warplanes to Belarus") is left to the deployment reading.</summary>
internal static class SentArms
{
    /// <summary>The code of the act that sending weapons to another state is.</summary>
    public const string Code = "072";

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Weapons = FrozenSet.ToFrozenSet(
        ["jets", "warplanes", "bombers", "fighter-jets", "aircraft", "planes", "tanks", "missiles", "helicopters", "drones", "howitzers",
         "F-16s", "F-16", "MiG-29s", "Mirages", "Gripens"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="match"/> is a deployment (154) whose own words name weapons rather than troops.</summary>
    public static bool NamesWeapons(SentenceView view, PatternMatch match)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (match.Pattern.Cameo != "154") return false;
        for (var k = match.FirstToken; k <= match.LastToken; k++)
        {
            if (Weapons.Contains(view.Word(k - view.Sentence.FirstToken))) return true;
        }

        return false;
    }

    /// <summary>Whether every target is another state (a country with no organisation or sector), not a place, a region or
    /// <paramref name="source"/>'s own state.</summary>
    public static bool ToOtherStates(IReadOnlyList<ActorSlot> targets, ActorSlot source)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(source);
        if (targets.Count == 0) return false;
        foreach (var t in targets)
        {
            if (t.Actor is not { Country: not null, Org: null, Sector: null } || t.Actor.Country == source.Actor.Country) return false;
        }

        return true;
    }

    /// <summary>Whether every target is this sentence's own mention after the trigger with "to" (or "to the") right before it, and
    /// no "'s" or "border" after it ("to Ukraine's border" names a front, not the host).</summary>
    public static bool AfterTo(SentenceView view, PatternMatch match, IReadOnlyList<ActorSlot> targets)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(targets);
        foreach (var t in targets)
        {
            if (t.Mention.Sentence != view.Sentence.Index || t.Mention.FirstToken <= match.LastToken) return false;
            var before = t.Mention.FirstToken - view.Sentence.FirstToken - 1;
            if (view.Is(before, "the")) before--;
            var after = t.Mention.FirstToken + t.Mention.TokenCount - view.Sentence.FirstToken;
            if (!view.Is(before, "to") || view.Is(after, "'s") || view.Is(after, "’s") || view.Is(after, "border") || view.Is(after, "borders")) return false;
        }

        return true;
    }
}
