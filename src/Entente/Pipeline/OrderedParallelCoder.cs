using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Entente.Coding;
using Entente.Model;

namespace Entente.Pipeline;

/// <summary>Codes a stream of documents on several cores while keeping the output in input order.</summary>
public sealed class OrderedParallelCoder
{
    private readonly ICoder _coder;
    private readonly int _degree;

    /// <summary>Uses up to <paramref name="degree"/> documents in flight per core (0 = processor count).</summary>
    public OrderedParallelCoder(ICoder coder, int degree = 0)
    {
        _coder = coder;
        _degree = degree > 0 ? degree : Environment.ProcessorCount;
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

        // Bounded: the reader never runs more than a few documents ahead of the writer.
        var inFlight = Channel.CreateBounded<Task<CodedDocument>>(new BoundedChannelOptions(_degree * 4) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(async () =>
        {
            try
            {
                await foreach (var doc in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    var task = Task.Run(() => _coder.Code(doc), cancellationToken);
                    await inFlight.Writer.WriteAsync(task, cancellationToken).ConfigureAwait(false);
                }

                inFlight.Writer.Complete();
            }
            catch (Exception ex)
            {
                inFlight.Writer.Complete(ex);
            }
        }, cancellationToken);

        await foreach (var task in inFlight.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            yield return await task.ConfigureAwait(false);
        await producer.ConfigureAwait(false);
    }
}
