namespace Entente.Throughput;

/// <summary>What a scaling run measured; serialised as the --json line of <c>--scaling</c>.</summary>
public sealed record ScalingResult
{
    public required string Corpus { get; init; }
    public required int Cores { get; init; }
    public required long Sentences { get; init; }
    public required string Batching { get; init; }
    public required bool ServerGc { get; init; }
    public required IReadOnlyList<ScalingRound> Rounds { get; init; }
    public required double MedianOneCore { get; init; }
    public required double MedianAllCores { get; init; }
    public required double MedianRatio { get; init; }
    public required double BestRatio { get; init; }

    /// <summary>Sentences per CPU-second on all cores ÷ the same on one core (median of rounds): 1.0 = the parallel run
    /// wastes no CPU on hand-offs, waiting or contention. Unlike the ratio it hardly depends on how much of the second
    /// core the neighbours leave free.</summary>
    public required double MedianCpuEfficiency { get; init; }

    /// <summary>All cores ÷ one core for an allocation-free compute loop run around each round (median): the scaling the
    /// machine offered at the time, 2.0 on an idle 2-core machine.</summary>
    public required double MedianMachineRatio { get; init; }

    /// <summary>The coder's ratio ÷ the machine's ratio of the same round (median): 1.0 = the coder scales as well as a
    /// loop that shares nothing.</summary>
    public required double MedianRelativeRatio { get; init; }
    public required string LoadAfter { get; init; }
}
