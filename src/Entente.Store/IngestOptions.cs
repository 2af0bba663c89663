namespace Entente.Store;

/// <summary>How <see cref="IngestRunner"/> batches its writes.</summary>
public sealed record IngestOptions
{
    /// <summary>Documents per store transaction. Default 256.</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>Full batches that may wait while the writer task writes another one. Default 1: the next batch is read
    /// (and coded) while one is written, and a slow store holds the reading back after that.</summary>
    public int QueuedBatches { get; init; } = 1;

    /// <summary>Which sentences and mentions are stored beside the documents and events. Default
    /// <see cref="SentenceScope.WithEvents"/>: the sentences that carry events and their mentions.</summary>
    public SentenceScope Sentences { get; init; } = SentenceScope.WithEvents;
}
