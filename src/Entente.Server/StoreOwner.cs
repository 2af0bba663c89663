using Entente.Store;

namespace Entente.Server;

/// <summary>Ties a store the app opened itself to the app's lifetime: the container disposes it with the app.</summary>
internal sealed class StoreOwner : IAsyncDisposable
{
    private readonly DuckDbEventStore _store;

    public StoreOwner(DuckDbEventStore store) => _store = store;

    public ValueTask DisposeAsync() => _store.DisposeAsync();
}
