namespace Entente.Store;

/// <summary>Which way events of a dyad series go.</summary>
public enum DyadDirection
{
    /// <summary>From the first actor to the second (a → b).</summary>
    AToB,
    /// <summary>From the second actor to the first (b → a).</summary>
    BToA,
    /// <summary>Both directions together.</summary>
    Combined,
}
