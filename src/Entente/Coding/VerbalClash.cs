using System.Collections.Frozen;

namespace Entente.Coding;

/// <summary>Tells a war of words ("the minister clashed with reporters over the budget") from a fight ("troops clashed
/// with rebels in Idlib"): a clash about a topic between unarmed sides is disapproval, not force.</summary>
internal static class VerbalClash
{
    /// <summary>The code a verbal clash gets: CAMEO 111, criticise or denounce (dev-README: disapproval).</summary>
    public const string Code = "111";

    private const int TopicReach = 8;

    // Words that put arms, bodies or a front line in the sentence: any of them keeps the clash a fight.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Armed = new[]
    {
        "troops", "soldiers", "soldier", "forces", "force", "army", "armed", "military", "police", "policemen", "officers",
        "riot", "fighters", "militants", "militia", "militias", "militiamen", "rebels", "insurgents", "gunmen", "guerrillas",
        "jihadists", "paramilitaries", "paramilitary", "guards", "border", "frontier", "front", "killed", "killing",
        "dead", "died", "wounded", "injured", "casualties", "fire", "gunfire", "shots", "shelling", "weapons", "tear",
        "gas", "stones", "protesters", "demonstrators", "rioters", "clashes", "violent", "violence", "fighting", "navy",
        "vessels", "ships", "boats", "coastguard", "coast", "jets", "sea", "waters", "airspace", "battle", "streets",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // "clashed over the weekend", "over two days": "over" with time is no topic.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Times = new[]
    {
        "weekend", "night", "nights", "days", "weeks", "months", "years", "hours", "past", "last", "several", "recent", "time",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the clash whose head is token <paramref name="head"/> (sentence-local) and whose match ends at
    /// <paramref name="last"/> is verbal: its word is "clash", a topic or a public setting follows in its clause ("over the
    /// budget", "about migration", "in public", "at a summit"), no side is armed (military, rebels, police, spies, criminals) and no word of arms or casualties is in the
    /// sentence.</summary>
    public static bool IsVerbal(SentenceView view, int head, int last, IReadOnlyList<ActorSlot> sources, IReadOnlyList<ActorSlot> targets)
    {
        if (head < 0 || head >= view.Count || !view.Word(head).StartsWith("clash", StringComparison.OrdinalIgnoreCase)) return false;
        if (!HasTopic(view, last)) return false;
        if (IsArmed(sources) || IsArmed(targets)) return false;
        for (var i = 0; i < view.Count; i++)
        {
            if (Armed.Contains(view.Word(i))) return false;
        }

        return true;
    }

    private static bool HasTopic(SentenceView view, int last)
    {
        var clause = view.Clause[Math.Max(last, 0)];
        for (var i = last + 1; i < view.Count && i <= last + TopicReach && view.Clause[i] == clause; i++)
        {
            if (view.Word(i) is "," or ";" or ":") return false;
            // "clashed in public", "clashed publicly", "clashed at a summit", "clashed during the talks": a war of words.
            if (view.Is(i, "publicly") || (view.Is(i, "in") && view.Is(i + 1, "public"))) return true;
            if ((view.Is(i, "at") || view.Is(i, "during")) && IsMeetingNoun(view, view.Is(i + 1, "the") || view.Is(i + 1, "a") ? i + 2 : i + 1))
                return true;
            if (!view.Is(i, "over") && !view.Is(i, "about")) continue;
            var next = i + 1 < view.Count && (view.Is(i + 1, "the") || view.Is(i + 1, "a")) ? i + 2 : i + 1;
            return next < view.Count && !Times.Contains(view.Word(next));
        }

        return false;
    }

    private static bool IsMeetingNoun(SentenceView view, int i) =>
        view.Is(i, "summit") || view.Is(i, "meeting") || view.Is(i, "talks") || view.Is(i, "conference") || view.Is(i, "debate") ||
        view.Is(i, "session") || view.Is(i, "press");

    /// <summary>Whether a word puts arms, bodies or a front line in the sentence ("troops", "killed", "shelling").</summary>
    internal static bool IsArmedWord(ReadOnlySpan<char> word) => Armed.Contains(word);

    /// <summary>Whether a side is armed: military, rebels, police, spies, criminals, or an armed organisation keyed by its name.</summary>
    internal static bool IsArmed(IReadOnlyList<ActorSlot> slots)
    {
        for (var i = 0; i < slots.Count; i++)
        {
            if (slots[i].Actor.Sector is "MIL" or "REB" or "COP" or "SPY" or "CRM" or "INS") return true;
            // An armed organisation keyed by its own name (ISIS, HAMAS) fights whatever it clashes over.
            if (slots[i].Actor.Country is null && slots[i].Actor.Org is { } org && org is "ISIS" or "HAMAS" or "HEZBOLLAH" or "HOUTHIS" or "TALIBAN" or
                    "ALQAEDA" or "ALSHABAAB" or "BOKOHARAM" or "PKK" or "JNIM" or "TTP" or "PIJ")
                return true;
        }

        return false;
    }
}
