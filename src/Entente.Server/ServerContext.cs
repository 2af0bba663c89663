using Entente.Pipeline;
using Entente.Store;

namespace Entente.Server;

/// <summary>What every request shares: the store, the engine (built once), actor names, and the gate that serialises ingests.</summary>
internal sealed class ServerContext
{
    public ServerContext(ServerOptions options, DuckDbEventStore store, Engine engine)
    {
        Options = options;
        Store = store;
        Engine = engine;
        Names = ActorNames.From(engine.Dictionaries);
        Ingest = new IngestRunner(store);
    }

    public ServerOptions Options { get; }

    public DuckDbEventStore Store { get; }

    /// <summary>Immutable and thread-safe (see <see cref="Pipeline.Engine"/>): one instance codes all requests.</summary>
    public Engine Engine { get; }

    public ActorNames Names { get; }

    /// <summary>One runner for the server's life: it remembers the stored content hashes, so known texts are skipped before coding.</summary>
    public IngestRunner Ingest { get; }

    /// <summary>One ingest (write + incremental clustering) at a time, so that two requests never cluster over each other's half-written state.</summary>
    public SemaphoreSlim IngestGate { get; } = new(1, 1);
}
