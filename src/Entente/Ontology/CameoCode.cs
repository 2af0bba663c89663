namespace Entente.Ontology;

/// <summary>The facts of one CAMEO event code, as listed in Entente's ontology table.</summary>
/// <param name="Code">CAMEO code as a string; leading zeros matter ("040", "0311").</param>
/// <param name="Root">First two digits of <paramref name="Code"/> ("04").</param>
/// <param name="Name">Short label in Entente's own words.</param>
/// <param name="Goldstein">Conflict/cooperation weight of the code, -10..+10.</param>
/// <param name="QuadClass">GDELT quad class 1..4 (see <see cref="QuadClasses"/>).</param>
/// <param name="PloverType">Current PLOVER event type, or null for codes PLOVER dropped (roots 01 and 02).</param>
/// <param name="PloverMode">PLOVER mode of the type, or null when the code implies none.</param>
/// <param name="Domains">Default domains of the code (see <see cref="EventDomains"/>); may be empty.</param>
public sealed record CameoCode(
    string Code,
    string Root,
    string Name,
    double Goldstein,
    int QuadClass,
    string? PloverType,
    string? PloverMode,
    IReadOnlyList<string> Domains)
{
    /// <summary>Whether this is a 2-digit root code.</summary>
    public bool IsRoot => Code.Length == 2;

    /// <summary>The code one level up ("0311" → "031", "031" → "03"), or null for a root.</summary>
    public string? ParentCode => Code.Length > 2 ? Code[..^1] : null;
}
