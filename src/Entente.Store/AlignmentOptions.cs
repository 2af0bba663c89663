namespace Entente.Store;

/// <summary>What the alignment matrix and trends count.</summary>
public sealed record AlignmentOptions
{
    /// <summary>Pairs with fewer events (or clusters) are left out as too thin to judge. Default 3.</summary>
    public int MinEvents { get; init; } = 3;

    /// <summary>How many partnerships, rivalries, or warming/cooling dyads to list. Default 10.</summary>
    public int Top { get; init; } = 10;

    /// <summary>Count each cluster once instead of each report. Default true.</summary>
    public bool CountClusters { get; init; } = true;

    /// <summary>Count only asserted events (not future, hypothetical or negated ones). Default true.</summary>
    public bool AssertedOnly { get; init; } = true;

    /// <summary>Driving events listed per warming/cooling dyad. Default 3.</summary>
    public int Drivers { get; init; } = 3;
}
