using System.Data.Common;
using System.Runtime.CompilerServices;
using Entente.Model;

namespace Entente.Store.Tests;

/// <summary>The ingest runner's writer task: overlap with reading, and its cancel and failure paths.</summary>
public sealed class IngestWriterTests
{
    private static readonly TimeSpan _patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task The_next_batch_is_read_while_one_is_being_written()
    {
        var secondBatchRead = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var overlapped = false;
        var store = new RecordingStore(async (batch, _) =>
        {
            if (batch[0].Document.Id == "d0")
            {
                // Written on the reading thread, this would wait for a read that only comes after it: the wait times out.
                await secondBatchRead.Task.WaitAsync(_patience);
                overlapped = true;
            }
        });
        var totals = await new IngestRunner(store, new IngestOptions { BatchSize = 2 })
            .RunAsync(Docs(6, onRead: i => { if (i == 3) secondBatchRead.TrySetResult(); }));
        Assert.True(overlapped);
        Assert.Equal(6, totals.Documents);
        Assert.Equal(["d0", "d1", "d2", "d3", "d4", "d5"], store.Written);
    }

    [Fact]
    public async Task Cancelling_while_a_batch_is_written_writes_that_batch_whole_and_drops_the_partial_one()
    {
        var writing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var cancel = new CancellationTokenSource();
        var tokenCancelledDuringWrite = true;
        var store = new RecordingStore(async (_, ct) =>
        {
            writing.TrySetResult();
            await WaitUntilAsync(() => cancel.IsCancellationRequested);
            tokenCancelledDuringWrite = ct.IsCancellationRequested;
        });
        var reports = new List<IngestProgress>();
        var run = new IngestRunner(store, new IngestOptions { BatchSize = 2 }).RunAsync(
            Docs(10, beforeRead: async i =>
            {
                if (i == 3)
                {
                    // d0, d1 are with the writer and d2 is read: cancel while the first batch is being written.
                    await writing.Task.WaitAsync(_patience);
                    await cancel.CancelAsync();
                }
            }),
            new SyncProgress(reports.Add),
            cancellationToken: cancel.Token);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(_patience));
        Assert.Equal(["d0", "d1"], store.Written);
        Assert.False(tokenCancelledDuringWrite);
        Assert.Equal(2, Assert.Single(reports).Documents);
    }

    [Fact]
    public async Task A_failing_progress_callback_ends_the_run_with_its_exception_instead_of_hanging()
    {
        var store = new RecordingStore((_, _) => Task.CompletedTask);
        var progress = new SyncProgress(_ => throw new InvalidOperationException("progress sink broke"));
        var run = new IngestRunner(store, new IngestOptions { BatchSize = 2 }).RunAsync(Docs(int.MaxValue), progress);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => run.WaitAsync(_patience));
        Assert.Equal("progress sink broke", error.Message);
        Assert.Equal(["d0", "d1"], store.Written);
    }

    [Fact]
    public async Task A_failing_input_still_writes_the_batches_handed_to_the_writer()
    {
        var store = new RecordingStore((_, _) => Task.CompletedTask);
        var run = new IngestRunner(store, new IngestOptions { BatchSize = 2 })
            .RunAsync(Docs(10, onRead: i => { if (i == 5) throw new IOException("disk gone"); }));
        var error = await Assert.ThrowsAsync<IOException>(() => run.WaitAsync(_patience));
        Assert.Equal("disk gone", error.Message);
        Assert.Equal(["d0", "d1", "d2", "d3"], store.Written);
    }

    [Fact]
    public async Task A_batch_the_store_rejects_is_retried_one_document_at_a_time_on_the_writer()
    {
        var store = new RecordingStore((batch, _) =>
            batch.Any(d => d.Document.Id == "d3") ? throw new InvalidOperationException("bad row") : Task.CompletedTask);
        var failed = new List<string>();
        var totals = await new IngestRunner(store, new IngestOptions { BatchSize = 3 }).RunAsync(Docs(6), onError: (d, _) => failed.Add(d.Id));
        Assert.Equal(5, totals.Documents);
        Assert.Equal(1, totals.Errors);
        Assert.Equal(["d3"], failed);
        Assert.Equal(["d0", "d1", "d2", "d4", "d5"], store.Written);
    }

    [Fact]
    public void QueuedBatches_below_one_is_refused()
    {
        var store = new RecordingStore((_, _) => Task.CompletedTask);
        Assert.Throws<ArgumentOutOfRangeException>(() => new IngestRunner(store, new IngestOptions { QueuedBatches = 0 }));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + _patience;
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(5);
        }
    }

    private static async IAsyncEnumerable<CodedDocument> Docs(
        int count, Action<int>? onRead = null, Func<int, Task>? beforeRead = null, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var day = new DateOnly(2024, 1, 1);
        for (var i = 0; i < count; i++)
        {
            if (beforeRead is not null)
            {
                await beforeRead(i);
            }

            ct.ThrowIfCancellationRequested();
            onRead?.Invoke(i);
            yield return Fixtures.Simple("d" + i, "A", day, "PAK", "CHN", "040", 1);
            await Task.Yield();
        }
    }

    /// <summary>A store that records the ids it was asked to write (after <c>onWrite</c> returned) and stores nothing.</summary>
    private sealed class RecordingStore(Func<IReadOnlyList<CodedDocument>, CancellationToken, Task> onWrite) : IEventStore
    {
        private readonly Lock _lock = new();
        private readonly List<string> _written = [];

        public int SchemaVersion => StoreSchema.CurrentVersion;

        public List<string> Written
        {
            get
            {
                lock (_lock)
                {
                    return [.. _written];
                }
            }
        }

        public Task<bool> HasDocumentAsync(string contentHash, CancellationToken cancellationToken = default) => Task.FromResult(false);

        public async Task<StoreWriteResult> WriteAsync(IReadOnlyList<CodedDocument> batch, SentenceScope scope = SentenceScope.WithEvents, CancellationToken cancellationToken = default)
        {
            await onWrite(batch, cancellationToken);
            lock (_lock)
            {
                _written.AddRange(batch.Select(d => d.Document.Id));
            }

            return new StoreWriteResult(batch.Count, 0, batch.Sum(d => d.Segmented.Sentences.Count), batch.Sum(d => d.Events.Count), 0);
        }

        public Task WriteClustersAsync(IReadOnlyList<EventCluster> clusters, bool replaceAll = true, CancellationToken cancellationToken = default) =>
            Task.CompletedTask;

        public DbConnection OpenConnection() => throw new NotSupportedException("not a database");

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class SyncProgress(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}
