namespace Entente.Model;

/// <summary>A resolved actor identity, independent of where it was mentioned.</summary>
/// <param name="Code">Full CAMEO-style code: country or organisation plus sector ("PAKMIL", "RUS", "NATO", "TALIBANREB").</param>
/// <param name="Country">ISO 3166-1 alpha-3, when the actor belongs to one state.</param>
/// <param name="Org">Organisation key from the fixed vocabulary, when the actor is an organisation.</param>
/// <param name="Sector">CAMEO sector code, when known.</param>
/// <param name="Name">Canonical name of a named person or body.</param>
public sealed record ActorCode(string Code, string? Country, string? Org, string? Sector, string? Name)
{
    /// <summary>The scoring key of EVAL.md §2.</summary>
    public string Key => Country ?? Org ?? Code;

    /// <summary>Whether <paramref name="sector"/> is a body of the state: government, military, police, intelligence, judiciary or legislature.</summary>
    public static bool IsStateSector(string? sector) => sector is "GOV" or "MIL" or "COP" or "SPY" or "JUD" or "LEG";
}
