using System.Collections.Frozen;

namespace Entente.Dictionaries;

/// <summary>The CAMEO sector codes the dictionary format accepts.</summary>
public static class Sectors
{
    /// <summary>All accepted sector codes.</summary>
    public static FrozenSet<string> All { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        "GOV", "MIL", "COP", "JUD", "LEG", "SPY", "REB", "OPP", "PTY", "BUS", "CVL", "MED", "EDU", "LAB", "REF",
        "CRM", "ELI", "NGO", "IGO", "REL", "HLH", "UAF", "INS");

    /// <summary>Whether <paramref name="code"/> is a known sector.</summary>
    public static bool IsKnown(string code) => All.Contains(code);
}
