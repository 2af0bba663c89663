using System.Data.Common;
using Entente.Model;

namespace Entente.Store;

/// <summary>Where coded documents and events are kept; DuckDB by default, PostgreSQL for scale-out.</summary>
/// <remarks>
/// Reads go through <see cref="OpenConnection"/> with the portable SQL of <see cref="Analytics"/>, so a second
/// backend only has to implement the writes and the schema.
/// </remarks>
public interface IEventStore : IAsyncDisposable
{
    /// <summary>Schema version of the open store (see <see cref="StoreSchema"/>).</summary>
    int SchemaVersion { get; }

    /// <summary>Whether a document with this content hash (see <see cref="ContentHash"/>) is stored.</summary>
    Task<bool> HasDocumentAsync(string contentHash, CancellationToken cancellationToken = default);

    /// <summary>Writes documents, sentences, events and mentions of a batch in one transaction; known documents are skipped.</summary>
    /// <param name="batch">Coded documents, in write order.</param>
    /// <param name="scope">Which sentences and mentions become rows (documents and events are written whole).</param>
    /// <param name="cancellationToken">Cancels before commit.</param>
    Task<StoreWriteResult> WriteAsync(IReadOnlyList<CodedDocument> batch, SentenceScope scope = SentenceScope.WithEvents, CancellationToken cancellationToken = default);

    /// <summary>Writes clusters and the events' cluster assignment in one transaction.</summary>
    /// <param name="clusters">The new clusters.</param>
    /// <param name="replaceAll">True: they replace every stored cluster. False: they replace only the stored clusters of the same
    /// keys (dyad, root, modality), the incremental case.</param>
    /// <param name="cancellationToken">Cancels before commit.</param>
    Task WriteClustersAsync(IReadOnlyList<EventCluster> clusters, bool replaceAll = true, CancellationToken cancellationToken = default);

    /// <summary>A new open connection for reading (the caller disposes it); safe to use beside writes.</summary>
    DbConnection OpenConnection();
}
