using Entente.Model;

namespace Entente.Coding;

/// <summary>"Russian troops killed ten civilians": people a state's forces kill are not their own just because the attacker's
/// nationality is the last one named. With no place or nationality of their own, whose they are is not said.</summary>
internal static class OwnVictims
{
    /// <summary>Whether <paramref name="victims"/> took their country only from <paramref name="attacker"/>: bare people (no
    /// nationality of their own) given the country of a state or its armed forces that the sentence names outright. Police act
    /// at home and protesters are where they protest, so both keep the shared country; so do armed groups' victims and people
    /// in a place of the attacker's own state.</summary>
    public static bool IsBorrowed(string text, ActorSlot victims, ActorSlot attacker, IReadOnlyList<Mention> mentions, IReadOnlyList<SentenceLocation> locations)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(locations);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(victims);
        ArgumentNullException.ThrowIfNull(attacker);
        if (victims.Resolution != "context" || victims.Mention.Kind != MentionKind.Agent || victims.Actor is not { Sector: "CVL", Country: { } own }) return false;
        if (attacker.Resolution != "mention" || attacker.Actor is not { Org: null } a || a.Country != own || a.Sector is not (null or "MIL")) return false;
        // "killed 1,400 people near Damascus": a place of the attacker's own state puts the act, and its victims, at home.
        for (var i = 0; i < locations.Count; i++)
        {
            if (locations[i].Country == own) return false;
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Kind == MentionKind.Place && mentions[i].Place?.Country == own) return false;
        }

        var words = text.AsSpan(victims.Mention.Start, victims.Mention.End - victims.Mention.Start);
        return !(words.Contains("protest", StringComparison.OrdinalIgnoreCase) || words.Contains("demonstrat", StringComparison.OrdinalIgnoreCase) ||
                 words.Contains("riot", StringComparison.OrdinalIgnoreCase) || words.Contains("worshipper", StringComparison.OrdinalIgnoreCase));
    }
}
