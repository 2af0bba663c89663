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
