namespace Entente.StoreBench;

/// <summary>Reports progress on the calling thread (Progress&lt;T&gt; would post to the thread pool and reorder lines).</summary>
public sealed class SyncProgress(Action<Entente.Store.IngestProgress> report) : IProgress<Entente.Store.IngestProgress>
{
    /// <inheritdoc/>
    public void Report(Entente.Store.IngestProgress value) => report(value);
}
