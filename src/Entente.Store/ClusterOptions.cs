namespace Entente.Store;

/// <summary>When <see cref="EventClusterer"/> takes two events for reports of the same happening.</summary>
public sealed record ClusterOptions
{
    /// <summary>Largest distance in days from a cluster's first event date. Default 3.</summary>
    public int WindowDays { get; init; } = 3;

    /// <summary>
    /// CAMEO roots whose dyad is unordered, because outlets name either side first ("A met B" / "B hosted A").
    /// Default: 04 (consult).
    /// </summary>
    public IReadOnlyList<string> SymmetricRoots { get; init; } = ["04"];
}
