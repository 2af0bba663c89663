namespace Entente.Store;

/// <summary>How <see cref="IngestRunner"/> batches its writes.</summary>
public sealed record IngestOptions
{
    /// <summary>Documents handed to the writer task at a time, and appended to the open store transaction. Default 256.</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>Documents per store transaction: the open transaction commits with the batch that brings it to this many, and at
    /// the end. Default 16,384. Few large transactions cost the store much less than many small ones (DuckDB, synthetic stories,
    /// 22,500 documents: 11 commits of 2,048 documents took 2.1 s of the writer's time, 3 of 8,192 took 1.1 s), and a killed run
    /// loses at most this many documents' coding, which the next run redoes.</summary>
    public int TransactionSize { get; init; } = 16_384;

    /// <summary>Full batches that may wait while the writer task writes another one. Default 1: the next batch is read
    /// (and coded) while one is written, and a slow store holds the reading back after that.</summary>
    public int QueuedBatches { get; init; } = 1;

    /// <summary>Which sentences and mentions are stored beside the documents and events. Default
    /// <see cref="SentenceScope.WithEvents"/>: the sentences that carry events and their mentions.</summary>
    public SentenceScope Sentences { get; init; } = SentenceScope.WithEvents;
}
