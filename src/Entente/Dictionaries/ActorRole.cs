namespace Entente.Dictionaries;

/// <summary>One role of an actor entry: a country, region or organisation part, an optional sector, and the dates it holds.</summary>
/// <param name="Part">ISO 3166-1 alpha-3 code, region key or organisation key ("PAK", "EUR", "NATO").</param>
/// <param name="Sector">CAMEO sector ("MIL"), or null for the bare actor.</param>
/// <param name="From">First day the role holds (inclusive), or null when open.</param>
/// <param name="To">Last day the role holds (inclusive), or null when open.</param>
public sealed record ActorRole(string Part, string? Sector, DateOnly? From, DateOnly? To)
{
    /// <summary>The part followed by the sector ("PAKMIL"), or the part alone.</summary>
    public string Code => Sector is null ? Part : Part + Sector;

    /// <summary>Whether the role holds on <paramref name="date"/>.</summary>
    public bool Covers(DateOnly date) => (From is null || From.Value <= date) && (To is null || date <= To.Value);

    /// <summary>Whether the two roles' date ranges share at least one day.</summary>
    public bool Overlaps(ActorRole other)
    {
        var start = From ?? DateOnly.MinValue;
        var end = To ?? DateOnly.MaxValue;
        var otherStart = other.From ?? DateOnly.MinValue;
        var otherEnd = other.To ?? DateOnly.MaxValue;
        return start <= otherEnd && otherStart <= end;
    }
}
