using System.Collections.Frozen;

namespace Entente.Ontology;

/// <summary>Entente's closed vocabulary of event domains, and how each maps onto a PLOVER context.</summary>
/// <remarks>
/// Domains are coarser than PLOVER's contexts because analytics group events by them. Each maps to one
/// PLOVER context except <c>security</c> (policing, internal order, non-state violence), for which PLOVER
/// has no context, so it is left out of PLOVER output.
/// </remarks>
public static class EventDomains
{
    public const string Military = "military";
    public const string Security = "security";
    public const string Intelligence = "intelligence";
    public const string Economic = "economic";
    public const string Energy = "energy";
    public const string Diplomatic = "diplomatic";
    public const string Political = "political";
    public const string Legal = "legal";
    public const string Rights = "rights";
    public const string Humanitarian = "humanitarian";
    public const string Peacekeeping = "peacekeeping";
    public const string Territory = "territory";
    public const string Terrorism = "terrorism";
    public const string Cbrn = "cbrn";

    /// <summary>Every domain, in a fixed order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Military, Security, Intelligence, Economic, Energy, Diplomatic, Political,
        Legal, Rights, Humanitarian, Peacekeeping, Territory, Terrorism, Cbrn,
    ];

    private static readonly FrozenDictionary<string, string?> _ploverContexts = new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        [Military] = "military",
        [Security] = null,
        [Intelligence] = "intelligence",
        [Economic] = "economic",
        [Energy] = "natural_resource",
        [Diplomatic] = "diplomatic",
        [Political] = "political_institutions",
        [Legal] = "legal",
        [Rights] = "rights_freedoms",
        [Humanitarian] = "human_security",
        [Peacekeeping] = "peacekeeping",
        [Territory] = "territory",
        [Terrorism] = "terrorism",
        [Cbrn] = "cbrn",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="domain"/> is one of <see cref="All"/> (exact, lower case).</summary>
    public static bool IsKnown(string domain) => _ploverContexts.ContainsKey(domain);

    /// <summary>The PLOVER context for a domain; null for <c>security</c> and for labels that are not domains.</summary>
    public static string? ToPloverContext(string domain) =>
        _ploverContexts.TryGetValue(domain, out var context) ? context : null;
}
