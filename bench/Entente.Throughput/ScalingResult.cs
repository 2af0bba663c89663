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
    public required string LoadAfter { get; init; }
}
