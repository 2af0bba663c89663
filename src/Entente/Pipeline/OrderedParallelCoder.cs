using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using Entente.Coding;
using Entente.Model;

namespace Entente.Pipeline;

/// <summary>Codes a stream of documents on several cores while keeping the output in input order.</summary>
/// <remarks>
/// Documents travel in batches (<see cref="ParallelCodingOptions"/>): one thread-pool work item and one channel hand-off
/// per batch instead of per document, so short documents (the synthetic stories average 8.5 sentences) do not pay a
/// hand-off and a thread wake-up each. A batch is dispatched early when the source has nothing ready, so a
/// slow stream (stdin, a socket) still gets each document coded as soon as it arrives.
/// </remarks>
public sealed class OrderedParallelCoder
{
    private readonly ICoder _coder;
    private readonly int _degree;
    private readonly ParallelCodingOptions _options;

    /// <summary>Uses up to <paramref name="degree"/> cores (0 = processor count); <paramref name="options"/> null = defaults.</summary>
    public OrderedParallelCoder(ICoder coder, int degree = 0, ParallelCodingOptions? options = null)
    {
        _coder = coder;
        _degree = degree > 0 ? degree : Environment.ProcessorCount;
        _options = options ?? new ParallelCodingOptions();
    }

    /// <summary>Codes <paramref name="documents"/>; results come out in the order documents went in.</summary>
    public async IAsyncEnumerable<CodedDocument> CodeAsync(IAsyncEnumerable<Document> documents, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (_degree == 1)
        {
            await foreach (var doc in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
                yield return _coder.Code(doc);
            yield break;
        }

        // Bounded: the reader never runs more than a few batches ahead of the writer.
        int capacity = _degree * Math.Max(1, _options.BatchesPerCore);
        var inFlight = Channel.CreateBounded<Task<CodedBatch>>(new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true });
        // Stopped when the caller stops reading early (or fails), so the reader does not wait forever on a full channel.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(() => ProduceAsync(documents, inFlight, capacity, stop.Token), stop.Token);
        try
        {
            await foreach (var task in inFlight.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                var batch = await task.ConfigureAwait(false);
                for (int i = 0; i < batch.Coded; i++)
                    yield return batch.Results[i];
                batch.Failure?.Throw();
            }

            await producer.ConfigureAwait(false);
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
        }
    }

    private async Task ProduceAsync(IAsyncEnumerable<Document> documents, Channel<Task<CodedBatch>> inFlight, int capacity, CancellationToken cancellationToken)
    {
        var writer = inFlight.Writer;
        try
        {
            var pending = new List<Document>(_options.BatchDocuments);
            long characters = 0;
            var source = documents.GetAsyncEnumerator(cancellationToken);
            await using (source.ConfigureAwait(false))
            {
                while (true)
                {
                    var next = source.MoveNextAsync();
                    Task<CodedBatch>? held = null;
                    // Nothing ready: what we hold goes out now rather than waiting for the batch to fill. Only if the
                    // queue has room, and without awaiting: nothing may be awaited (or thrown) while the source's
                    // MoveNextAsync is still running, or the source could not be disposed. A full queue means the
                    // writer has work anyway; the batch then goes out below.
                    if (!next.IsCompleted && pending.Count > 0 && inFlight.Reader.Count < capacity)
                    {
                        held = Start(pending, cancellationToken);
                        characters = 0;
                        if (writer.TryWrite(held)) held = null;
                    }

                    bool more = await next.ConfigureAwait(false);
                    if (held is not null) await writer.WriteAsync(held, cancellationToken).ConfigureAwait(false);
                    if (!more) break;
                    var doc = source.Current;
                    pending.Add(doc);
                    characters += doc.Text.Length;
                    if (characters >= _options.BatchCharacters || pending.Count >= _options.BatchDocuments)
                    {
                        await writer.WriteAsync(Start(pending, cancellationToken), cancellationToken).ConfigureAwait(false);
                        characters = 0;
                    }
                }
            }

            if (pending.Count > 0) await writer.WriteAsync(Start(pending, cancellationToken), cancellationToken).ConfigureAwait(false);
            writer.Complete();
        }
        catch (Exception ex)
        {
            writer.Complete(ex);
        }
    }

    // The pending documents, coded on the thread pool; the list is emptied for the next batch.
    private Task<CodedBatch> Start(List<Document> pending, CancellationToken cancellationToken)
    {
        var docs = pending.ToArray();
        pending.Clear();
        return Task.Run(() => CodeBatch(_coder, docs), cancellationToken);
    }

    // A document that throws ends the batch there: the writer still gets every document before it, then the
    // exception, exactly as if the documents had been coded one by one.
    private static CodedBatch CodeBatch(ICoder coder, Document[] docs)
    {
        var results = new CodedDocument[docs.Length];
        for (int i = 0; i < docs.Length; i++)
        {
            try
            {
                results[i] = coder.Code(docs[i]);
            }
            catch (Exception ex)
            {
                return new CodedBatch(results, i, ExceptionDispatchInfo.Capture(ex));
            }
        }

        return new CodedBatch(results, docs.Length, null);
    }
}
