namespace Entente.Store;

/// <summary>How <see cref="IngestRunner"/> batches its writes.</summary>
public sealed record IngestOptions
{
    /// <summary>Documents per store transaction. Default 256.</summary>
    public int BatchSize { get; init; } = 256;

}
