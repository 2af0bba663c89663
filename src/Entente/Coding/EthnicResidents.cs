using Entente.Model;

namespace Entente.Coding;

/// <summary>"Ethnic Albanians demonstrated in Serbia", "killed three ethnic Albanians in southern Serbia": people named by
/// their ethnicity belong to the state where the sentence puts them, not to the state their demonym names (dev-README keys
/// ethnic groups by where they live: "ethnic Masalit civilians in El Geneina" are SDN).</summary>
internal static class EthnicResidents
{
    /// <summary>The actor of <paramref name="m"/> re-keyed to the country of the nearest place the sentence puts something
    /// in, when the mention is "ethnic" plus a demonym and that place is another state's; null otherwise.</summary>
    public static ActorCode? Residence(Mention m, string text, IReadOnlyList<SentenceLocation>? locations)
    {
        ArgumentNullException.ThrowIfNull(m);
        ArgumentNullException.ThrowIfNull(text);
        if (locations is null || locations.Count == 0 || m.Actor is not { Country: { } own, Org: null, Name: null } actor || !IsEthnic(m, text)) return null;
        string? best = null;
        var distance = int.MaxValue;
        for (var i = 0; i < locations.Count; i++)
        {
            var d = Math.Abs(locations[i].Start - m.Start);
            if (d < distance) (best, distance) = (locations[i].Country, d);
        }

        return best is null || best == own ? null : actor with { Code = best + actor.Sector, Country = best };
    }

    /// <summary>"Canada and the Kurdish administration struck a deal": the state of an actor coordinated with a group named by
    /// an ethnic word ("Kurdish administration", "Kurdish forces"), which that group must not borrow; null when there is none.</summary>
    public static string? CoordinatedState(Mention m, IReadOnlyList<Mention> sentenceMentions, string text)
    {
        ArgumentNullException.ThrowIfNull(m);
        ArgumentNullException.ThrowIfNull(text);
        return IsEthnicGroup(m, text) ? Coding.CoordinatedState.InList(m, sentenceMentions, text) : null;
    }

    /// <summary>A group named by an ethnic word and a role noun: two agent entries, no country, demonym or organisation, and a
    /// capitalised first word ("Kurdish administration", "Kurdish forces").</summary>
    private static bool IsEthnicGroup(Mention m, string text)
    {
        if (m.Kind != MentionKind.Agent || m.TokenCount < 2 || !char.IsUpper(text[m.Start])) return false;
        var agents = 0;
        for (var i = 0; i < m.Entries.Count; i++)
        {
            var e = m.Entries[i];
            if (e.StartsWith("agent:", StringComparison.Ordinal)) agents++;
            else if (e.StartsWith("adj:", StringComparison.Ordinal) || e.StartsWith("country:", StringComparison.Ordinal) || e.StartsWith("org:", StringComparison.Ordinal)) return false;
        }

        return agents >= 2;
    }

    /// <summary>Whether the mention opens with "ethnic" or directly follows it.</summary>
    private static bool IsEthnic(Mention m, string text)
    {
        var span = text.AsSpan(m.Start, m.End - m.Start);
        if (span.StartsWith("ethnic ", StringComparison.OrdinalIgnoreCase)) return true;
        var e = m.Start;
        while (e > 0 && text[e - 1] == ' ') e--;
        return e >= 6 && text.AsSpan(e - 6, 6).Equals("ethnic", StringComparison.OrdinalIgnoreCase) && (e == 6 || !char.IsLetter(text[e - 7]));
    }
}
