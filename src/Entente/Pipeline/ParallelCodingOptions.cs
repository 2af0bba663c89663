namespace Entente.Pipeline;

/// <summary>How <see cref="OrderedParallelCoder"/> groups documents into work items for its cores.</summary>
public sealed record ParallelCodingOptions
{
    /// <summary>A batch is handed to a core once its documents hold this many characters of text. Default 8,192
    /// (≈ 50 news sentences, ≈ 0.5 ms of coding on an idle core): the per-batch hand-off (a thread-pool item, a channel
    /// write, an await, often a thread wake-up) is then paid once per ≈ 50 sentences instead of once per document, while
    /// a batch is still small enough that a core descheduled in the middle of one (a busy machine) holds up the
    /// in-order writer only briefly.</summary>
    public int BatchCharacters { get; init; } = 8_192;

    /// <summary>… or once it holds this many documents, whatever their length. Default 32.</summary>
    public int BatchDocuments { get; init; } = 32;

    /// <summary>Batches queued or being coded per core before the reader waits for the writer. Default 4.</summary>
    public int BatchesPerCore { get; init; } = 4;
}
