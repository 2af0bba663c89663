namespace Entente.Pipeline;

/// <summary>How <see cref="OrderedParallelCoder"/> groups documents into work items for its cores.</summary>
public sealed record ParallelCodingOptions
{
    /// <summary>A batch is handed to a core once its documents hold this many characters of text. Default 16,384
    /// (≈ 100 news sentences, ≈ 1 ms of coding): large enough that the hand-off costs nothing measurable, small enough
    /// that the first results come out at once.</summary>
    public int BatchCharacters { get; init; } = 16_384;

    /// <summary>… or once it holds this many documents, whatever their length. Default 64.</summary>
    public int BatchDocuments { get; init; } = 64;

    /// <summary>Batches queued or being coded per core before the reader waits for the writer. Default 4.</summary>
    public int BatchesPerCore { get; init; } = 4;
}
