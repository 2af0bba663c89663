namespace Entente.Store;

/// <summary>Restores the DuckDB settings that <see cref="DuckDbEventStore.UseBulkWriteSettingsAsync"/> replaced.</summary>
internal sealed class SettingsScope(DuckDbEventStore store, string threads, string checkpointThreshold) : IAsyncDisposable
{
    private int _disposed;

    public ValueTask DisposeAsync() =>
        Interlocked.Exchange(ref _disposed, 1) == 0 ? new ValueTask(store.RestoreSettingsAsync(threads, checkpointThreshold)) : ValueTask.CompletedTask;
}
