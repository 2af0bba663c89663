using System.Globalization;
using System.Threading.Channels;
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

        if (_options.QueuedBatches < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "QueuedBatches must be at least 1.");
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
    /// <remarks>
    /// Batches are written by a writer task while the next ones are read (and, upstream, coded): at most
    /// <see cref="IngestOptions.QueuedBatches"/> full batches wait for it, so a slow store holds the reading back instead of
    /// filling memory. A batch handed to the writer is always written whole, also when the run is cancelled or the input
    /// fails afterwards; the run then ends with that cancellation or failure once the writer is done.
    /// </remarks>
    /// <param name="documents">Coded documents, in input order.</param>
    /// <param name="progress">Receives running totals after each written batch (from the writer task), then the final totals.</param>
    /// <param name="onError">Told about each document that could not be written; the run goes on without it.</param>
    /// <param name="cancellationToken">Stops reading; the batches already handed to the writer are written, the partial one is not.</param>
    public async Task<IngestProgress> RunAsync(
        IAsyncEnumerable<CodedDocument> documents,
        IProgress<IngestProgress>? progress = null,
        Action<Document, Exception>? onError = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var started = _clock.GetTimestamp();
        var totals = new Totals();
        var queue = Channel.CreateBounded<List<CodedDocument>>(
            new BoundedChannelOptions(_options.QueuedBatches) { SingleReader = true, SingleWriter = true });

        // A writer that fails (a throwing progress or error callback) stops the reading too, or the reader would wait forever on a full queue.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var writer = Task.Run(() => WriteAllAsync(queue.Reader, totals, started, progress, onError, stop), CancellationToken.None);
        try
        {
            var batch = new List<CodedDocument>(_options.BatchSize);
            await foreach (var document in documents.WithCancellation(stop.Token).ConfigureAwait(false))
            {
                // A waiting batch holds only what the store will write: the tokens and unused mentions then die young
                // instead of being promoted through the GC's generations while the batch fills, waits and is written.
                batch.Add(StoredContent.Trim(document, _options.Sentences));
                if (batch.Count >= _options.BatchSize)
                {
                    await queue.Writer.WriteAsync(batch, stop.Token).ConfigureAwait(false);
                    batch = new List<CodedDocument>(_options.BatchSize);
                }
            }

            if (batch.Count > 0)
            {
                await queue.Writer.WriteAsync(batch, stop.Token).ConfigureAwait(false);
            }
        }
        finally
        {
            queue.Writer.TryComplete();

            // Throws the writer's own failure, if any, in place of the cancellation it caused.
            await writer.ConfigureAwait(false);
        }

        var final = totals.Snapshot(_clock.GetElapsedTime(started));
        progress?.Report(final);
        return final;
    }

    private async Task WriteAllAsync(
        ChannelReader<List<CodedDocument>> queue, Totals totals, long started, IProgress<IngestProgress>? progress, Action<Document, Exception>? onError, CancellationTokenSource stop)
    {
        try
        {
            // No cancellation token: a batch handed over is written whole, and the queue ends when the reader completes it.
            await foreach (var batch in queue.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
            {
                await FlushAsync(batch, totals, onError, CancellationToken.None).ConfigureAwait(false);
                progress?.Report(totals.Snapshot(_clock.GetElapsedTime(started)));
            }
        }
        catch
        {
            await stop.CancelAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task FlushAsync(List<CodedDocument> batch, Totals totals, Action<Document, Exception>? onError, CancellationToken ct)
    {
        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            totals.Add(await _store.WriteAsync(batch, _options.Sentences, ct).ConfigureAwait(false));
            Remember(batch);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One bad document must not cost its neighbours: retry one by one and count only the ones that fail.
            foreach (var document in batch)
            {
                try
                {
                    totals.Add(await _store.WriteAsync([document], _options.Sentences, ct).ConfigureAwait(false));
                    Remember([document]);
                }
                catch (Exception single) when (single is not OperationCanceledException)
                {
                    totals.Errors++;
                    onError?.Invoke(document.Document, single);
                }
            }
        }
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
