using System.Globalization;
using Entente.Model;

namespace Entente.Store;

/// <summary>Writes a stream of coded documents into a store in batches, skipping known ones, with progress.</summary>
/// <remarks>
/// Each batch is one transaction, so a killed run leaves whole documents only; running again over the same input skips
/// what is stored (use <see cref="IsKnownAsync"/> before coding to save the work) and ends with the same rows as an
/// uninterrupted run.
/// </remarks>
public sealed class IngestRunner
{
    private readonly IEventStore _store;
    private readonly IngestOptions _options;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _loadKnown = new(1, 1);
    private readonly Lock _knownLock = new();
    private HashSet<UInt128>? _known;

    /// <summary>Creates a runner over <paramref name="store"/>.</summary>
    public IngestRunner(IEventStore store, IngestOptions? options = null, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _options = options ?? new IngestOptions();
        _clock = clock ?? TimeProvider.System;
        if (_options.BatchSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "BatchSize must be at least 1.");
        }
    }

    /// <summary>Pre-filter for the CLI: whether the document's text is already stored, so it need not be coded again.</summary>
    /// <remarks>
    /// Thread-safe. The first call loads the first 128 bits of every stored hash into memory (about 40 MB per million
    /// documents), so later calls cost no query. Documents written by other processes after that may read as new: they
    /// are then coded again and skipped by the store's own check.
    /// </remarks>
    public async Task<bool> IsKnownAsync(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var hash = ContentHash.Of(document.Text);
        var known = _known ?? await LoadKnownAsync(cancellationToken).ConfigureAwait(false);
        lock (_knownLock)
        {
            return known.Contains(Prefix(hash));
        }
    }

    /// <summary>Consumes <paramref name="documents"/> in order, writing batches; returns the final totals.</summary>
    /// <param name="documents">Coded documents, in input order.</param>
    /// <param name="progress">Receives running totals after each batch.</param>
    /// <param name="onError">Told about each document that could not be written; the run goes on without it.</param>
    /// <param name="cancellationToken">Stops after the batch being written; nothing half-written remains.</param>
    public async Task<IngestProgress> RunAsync(
        IAsyncEnumerable<CodedDocument> documents,
        IProgress<IngestProgress>? progress = null,
        Action<Document, Exception>? onError = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var started = _clock.GetTimestamp();
        var totals = new Totals();
        var batch = new List<CodedDocument>(_options.BatchSize);
        await foreach (var document in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            batch.Add(document);
            if (batch.Count >= _options.BatchSize)
            {
                await FlushAsync(batch, totals, onError, cancellationToken).ConfigureAwait(false);
                progress?.Report(totals.Snapshot(_clock.GetElapsedTime(started)));
            }
        }

        await FlushAsync(batch, totals, onError, cancellationToken).ConfigureAwait(false);
        var final = totals.Snapshot(_clock.GetElapsedTime(started));
        progress?.Report(final);
        return final;
    }

    private async Task FlushAsync(List<CodedDocument> batch, Totals totals, Action<Document, Exception>? onError, CancellationToken ct)
    {
        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            totals.Add(await _store.WriteAsync(batch, ct).ConfigureAwait(false));
            Remember(batch);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One bad document must not cost its neighbours: retry one by one and count only the ones that fail.
            foreach (var document in batch)
            {
                try
                {
                    totals.Add(await _store.WriteAsync([document], ct).ConfigureAwait(false));
                    Remember([document]);
                }
                catch (Exception single) when (single is not OperationCanceledException)
                {
                    totals.Errors++;
                    onError?.Invoke(document.Document, single);
                }
            }
        }

        batch.Clear();
    }

    // Half of the SHA-256 is as unique as a UUID; hashes not written by ContentHash (hand-made rows) are hashed again.
    private static UInt128 Prefix(string hash) =>
        hash.Length >= 32 && UInt128.TryParse(hash.AsSpan(0, 32), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var prefix)
            ? prefix
            : Prefix(ContentHash.Of(hash));

    private void Remember(List<CodedDocument> written)
    {
        if (_known is not { } known)
        {
            return;
        }

        lock (_knownLock)
        {
            foreach (var document in written)
            {
                known.Add(Prefix(ContentHash.Of(document.Document.Text)));
            }
        }
    }

    private async Task<HashSet<UInt128>> LoadKnownAsync(CancellationToken ct)
    {
        await _loadKnown.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (_known is { } loaded)
            {
                return loaded;
            }

            var known = new HashSet<UInt128>();
            await using (var connection = _store.OpenConnection())
            {
                await using var command = Sql.Command(connection, "SELECT content_hash FROM documents");
                await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
                while (await reader.ReadAsync(ct).ConfigureAwait(false))
                {
                    known.Add(Prefix(reader.GetString(0)));
                }
            }

            _known = known;
            return known;
        }
        finally
        {
            _loadKnown.Release();
        }
    }

    private sealed class Totals
    {
        public long Documents { get; set; }
        public long Sentences { get; set; }
        public long Events { get; set; }
        public long Skipped { get; set; }
        public long Errors { get; set; }

        public void Add(StoreWriteResult r)
        {
            Documents += r.Documents;
            Sentences += r.Sentences;
            Events += r.Events;
            Skipped += r.Skipped;
        }

        public IngestProgress Snapshot(TimeSpan elapsed) => new(Documents, Sentences, Events, Skipped, Errors, elapsed);
    }
}
