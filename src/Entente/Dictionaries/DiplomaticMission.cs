using Entente.Model;

namespace Entente.Dictionaries;

/// <summary>The role nouns of a diplomatic mission ("the embassy", "the consulate", "the ambassador"): the place named right after
/// one ("the embassy in Kyiv") is its host, the one state it does not belong to. Shared by the recognizer (no country from that
/// place) and the coder's slot resolver (no owner guessed as the host).</summary>
internal static class DiplomaticMission
{
    /// <summary>Whether <paramref name="entryId"/> is a mission's role entry.</summary>
    public static bool IsEntry(string entryId) =>
        entryId is "agent:embassy" or "agent:consul" or "agent:ambassador" or "agent:ambassador-at-large";

    /// <summary>Whether one of the mention's entries is a mission's role.</summary>
    public static bool Is(Mention m)
    {
        for (var i = 0; i < m.Entries.Count; i++)
        {
            if (IsEntry(m.Entries[i])) return true;
        }

        return false;
    }
}
