namespace Entente.Model;

/// <summary>An actor as coded: CAMEO-style code plus its parts, and where it was found.</summary>
/// <param name="Code">Full code, e.g. "PAKMIL", "RUSGOV", "NATO", "TALIBAN".</param>
/// <param name="Country">ISO 3166-1 alpha-3 country, when the actor belongs to one state.</param>
/// <param name="Org">Organisation key from the fixed vocabulary (NATO, UN, TALIBAN ...), when not a state actor.</param>
/// <param name="Sector">CAMEO sector (GOV, MIL, COP ...), when known.</param>
/// <param name="Name">Canonical name of a named person or body, when the mention is one.</param>
/// <param name="Text">The words in the sentence that name the actor.</param>
/// <param name="Start">First character of <paramref name="Text"/> in the document.</param>
/// <param name="End">End (exclusive) of <paramref name="Text"/> in the document.</param>
public sealed record ActorRef(
    string Code,
    string? Country,
    string? Org,
    string? Sector,
    string? Name,
    string Text,
    int Start,
    int End)
{
    /// <summary>The scoring key of EVAL.md §2: country, else organisation, else the code.</summary>
    public string Key => Country ?? Org ?? Code;

    /// <summary>The actor's identity without the place it was mentioned, as the coder resolved it.</summary>
    public ActorCode Identity() => new(Code, Country, Org, Sector, Name);
}
