using System.Collections.Frozen;

namespace Entente.Evaluation;

/// <summary>Facts about actor keys that scoring needs: organisation keys and legacy CAMEO country codes.</summary>
public static class ActorKeys
{
    // Three-letter keys of dev-README's fixed vocabulary that are organisations or regions, not states:
    // every other key of three letters is an ISO3 country.
    private static readonly FrozenSet<string> ThreeLetterOrganisations = new[]
    {
        "EAC", "G20", "ICC", "ICJ", "IMF", "OAS", "OIC", "SCO", "WHO", "HRW", "MSF", "PIJ", "PKK", "TTP",
        "AFR", "ASA", "EUR", "MEA", "WST", "IGO", "NGO", "IMG",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // CAMEO country codes that differ from ISO 3166-1 alpha-3 and occur in older gold sets.
    private static readonly FrozenDictionary<string, string> LegacyCountries = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["JAP"] = "JPN",
        ["ITL"] = "ITA",
        ["ROM"] = "ROU",
        ["ZAR"] = "COD",
        ["TMP"] = "TLS",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a key names an organisation or region rather than a state (anything but a three-letter ISO3 code).</summary>
    public static bool IsOrganisation(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Length != 3 || ThreeLetterOrganisations.Contains(key);
    }

    /// <summary>Whether a gold code is a generic CAMEO organisation class (IGO, NGO, IMG) rather than one actor.</summary>
    public static bool IsGenericOrganisation(string code) =>
        string.Equals(code, "IGO", StringComparison.OrdinalIgnoreCase)
        || string.Equals(code, "NGO", StringComparison.OrdinalIgnoreCase)
        || string.Equals(code, "IMG", StringComparison.OrdinalIgnoreCase);

    /// <summary>The ISO3 code for a legacy CAMEO country code (JAP → JPN), or null when it has none.</summary>
    public static string? IsoForLegacy(string code) => LegacyCountries.GetValueOrDefault(code);
}
