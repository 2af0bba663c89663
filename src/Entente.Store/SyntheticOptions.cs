namespace Entente.Store;

/// <summary>Shape of a synthetic event corpus for benchmarks and tests.</summary>
public sealed record SyntheticOptions
{
    /// <summary>Number of events. Default 10,000.</summary>
    public int Events { get; init; } = 10_000;

    /// <summary>Number of distinct (fictional) state actors. Default 20.</summary>
    public int Actors { get; init; } = 20;

    /// <summary>Events per document. Default 4.</summary>
    public int EventsPerDocument { get; init; } = 4;

    /// <summary>Number of distinct outlets. Default 8.</summary>
    public int Sources { get; init; } = 8;

    /// <summary>First event date. Default 2020-01-01.</summary>
    public DateOnly From { get; init; } = new(2020, 1, 1);

    /// <summary>Last event date. Default 2024-12-31.</summary>
    public DateOnly To { get; init; } = new(2024, 12, 31);

    /// <summary>Random seed; the same options always give the same corpus. Default 42.</summary>
    public int Seed { get; init; } = 42;
}
