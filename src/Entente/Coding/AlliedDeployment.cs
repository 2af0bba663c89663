using System.Collections.Frozen;
using Entente.Model;

namespace Entente.Coding;

/// <summary>Forces planned for an ally's territory: "Germany will send troops to Lithuania" is a commitment of military
/// protection (CAMEO 0334: "willingness or commitment to deploy ... military forces for security"), not a threat (138).
/// Allies are members of one defence pact (NATO, CSTO) on the event's date. A deployment done stays 154 (dev-README:
/// deployments = 154), and a threat spelled out ("threatened to send troops") keeps its own code.</summary>
public static class AlliedDeployment
{
    private const string Mobilise = "154";

    // Defence pacts and the day each member joined (facts of public record). A state is in at most one here.
    private static readonly FrozenDictionary<string, (string Pact, DateOnly Since)> Members = Build();

    /// <summary>The code for a planned deployment coded <paramref name="code"/> (the intent form 138) from a pattern of
    /// <paramref name="patternCode"/> (154), when <paramref name="source"/> is to put forces into the territory of
    /// <paramref name="target"/>, its ally on <paramref name="date"/> (the target named after "to", "in" or "into" at token
    /// <paramref name="targetFirst"/>): 0334; null when it is no such deployment.</summary>
    public static string? Code(SentenceView view, string code, string patternCode, ActorCode source, ActorCode? target, int targetFirst, Modality modality, DateOnly? date)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(source);
        if (patternCode != Mobilise || code != "138" || target is null || modality is not (Modality.Future or Modality.Hypothetical)) return null;
        if (source.Country is not { } from || target.Country is not { } to || from == to || target.Org is not null) return null;
        if (!Members.TryGetValue(from, out var a) || !Members.TryGetValue(to, out var b) || a.Pact != b.Pact) return null;
        if (date is { } d && (d < a.Since || d < b.Since)) return null;
        // "to Lithuania", "in Poland", "into Estonia": the host's territory, not a border or a front facing it.
        if (targetFirst < 1 || !(view.Is(targetFirst - 1, "to") || view.Is(targetFirst - 1, "in") || view.Is(targetFirst - 1, "into"))) return null;
        var after = targetFirst + 1;
        while (after < view.Count && view.MentionAt[after] >= 0 && view.MentionAt[after] == view.MentionAt[targetFirst]) after++;
        if (view.Is(after, "'s") || view.Is(after, "’s") || view.Is(after, "border") || view.Is(after, "borders")) return null;
        return "0334";
    }

    private static FrozenDictionary<string, (string, DateOnly)> Build()
    {
        var members = new Dictionary<string, (string, DateOnly)>(StringComparer.Ordinal);
        void Add(string pact, DateOnly since, params string[] states)
        {
            foreach (var s in states) members[s] = (pact, since);
        }

        Add("NATO", new DateOnly(1949, 8, 24), "USA", "CAN", "GBR", "FRA", "ITA", "BEL", "NLD", "LUX", "DNK", "NOR", "ISL", "PRT");
        Add("NATO", new DateOnly(1952, 2, 18), "GRC", "TUR");
        Add("NATO", new DateOnly(1955, 5, 6), "DEU");
        Add("NATO", new DateOnly(1982, 5, 30), "ESP");
        Add("NATO", new DateOnly(1999, 3, 12), "CZE", "HUN", "POL");
        Add("NATO", new DateOnly(2004, 3, 29), "BGR", "EST", "LVA", "LTU", "ROU", "SVK", "SVN");
        Add("NATO", new DateOnly(2009, 4, 1), "ALB", "HRV");
        Add("NATO", new DateOnly(2017, 6, 5), "MNE");
        Add("NATO", new DateOnly(2020, 3, 27), "MKD");
        Add("NATO", new DateOnly(2023, 4, 4), "FIN");
        Add("NATO", new DateOnly(2024, 3, 7), "SWE");
        Add("CSTO", new DateOnly(2002, 10, 7), "RUS", "BLR", "ARM", "KAZ", "KGZ", "TJK");
        return members.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
