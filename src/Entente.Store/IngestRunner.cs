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
    public Task<bool> IsKnownAsync(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return _store.HasDocumentAsync(ContentHash.Of(document.Text), cancellationToken);
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
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One bad document must not cost its neighbours: retry one by one and count only the ones that fail.
            foreach (var document in batch)
            {
                try
                {
                    totals.Add(await _store.WriteAsync([document], ct).ConfigureAwait(false));
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
