namespace Entente.Evaluation;

/// <summary>How well a predicted event agrees with a gold event; lower is better.</summary>
public enum MatchLevel
{
    /// <summary>No agreement on the dyad.</summary>
    None = 0,
    /// <summary>L1: dyad and code agree.</summary>
    Code = 1,
    /// <summary>L2: dyad and CAMEO root (or PLOVER type) agree.</summary>
    Root = 2,
    /// <summary>L3: source and target agree.</summary>
    Dyad = 3,
}
