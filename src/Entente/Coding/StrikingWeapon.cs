namespace Entente.Coding;

/// <summary>"Russian drones struck a maternity hospital", "Israeli warplanes hit targets", "Armenian artillery shelled the
/// village": a general use of force (190) whose subject is the weapon says how it was used (dev-README: air and drone
/// strikes 195; artillery and tanks 194).</summary>
internal static class StrikingWeapon
{
    private static readonly string[] Aerial = ["agent:warplanes", "agent:drone", "agent:bomber-aircraft", "agent:military-helicopter"];
    private static readonly string[] Heavy = ["agent:artillery", "agent:armoured-vehicles"];

    /// <summary>The code of the weapon that is a source of the general force code <paramref name="code"/>: 195 for aircraft
    /// and drones, 194 for artillery and armour; null for any other code or source.</summary>
    public static string? CodeFor(string code, IReadOnlyList<ActorSlot> sources)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(sources);
        if (code != "190" || sources.Count == 0) return null;
        var m = sources[0].Mention;
        if (Has(m, Aerial)) return "195";
        return Has(m, Heavy) ? "194" : null;
    }

    private static bool Has(Model.Mention m, string[] entries)
    {
        foreach (var e in entries)
        {
            if (ArgumentFinder.HasEntry(m, e)) return true;
        }

        return false;
    }
}
