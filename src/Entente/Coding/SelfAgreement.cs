using Entente.Model;

namespace Entente.Coding;

/// <summary>"Namibia and Trinidad and Tobago signed an agreement with Namibia", "Eritrea signed the accord, President Isaias
/// Afwerki said": a state signs no accord with itself or with its own state bodies. A deal of a state with its unions or
/// companies ("Austria reached a deal with workers") is domestic and kept.</summary>
internal static class SelfAgreement
{
    /// <summary>Whether a 057 joins a bare state and the same state, bare or through a state body.</summary>
    public static bool Holds(string code, ActorCode source, ActorCode target) =>
        code == "057" && source.Key == target.Key &&
        ((source.Sector is null && IsStateOrBare(target.Sector)) || (target.Sector is null && IsStateOrBare(source.Sector)));

    private static bool IsStateOrBare(string? sector) => sector is null || ActorCode.IsStateSector(sector);
}
