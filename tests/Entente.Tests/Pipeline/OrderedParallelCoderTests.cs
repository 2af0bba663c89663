using System.Runtime.CompilerServices;
using Entente.Coding;
using Entente.Model;
using Entente.Output;
using Entente.Pipeline;
using Entente.Tests.Coding;
using Entente.Text;

namespace Entente.Tests.Pipeline;

/// <summary>The parallel coder's contract: input order out, exceptions where they happened, no waiting for a batch to fill.</summary>
[Collection("engine")]
public sealed class OrderedParallelCoderTests(EngineFixture fixture)
{
    private static Document Doc(int i, int length = 40) => new($"d{i}", null, null, null, null, new string('x', length));

    private static async IAsyncEnumerable<Document> Source(int count, Func<int, int>? length = null)
    {
        for (int i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return Doc(i, length?.Invoke(i) ?? 40);
        }
    }

    private static async Task<List<string>> IdsAsync(OrderedParallelCoder coder, IAsyncEnumerable<Document> source)
    {
        var ids = new List<string>();
        await foreach (var coded in coder.CodeAsync(source)) ids.Add(coded.Document.Id);
        return ids;
    }

    // Coding times vary (later documents often finish first); the output must not.
    [Theory]
    [InlineData(1, 64, 16_384)]
    [InlineData(2, 1, 1)]
    [InlineData(2, 3, 100)]
    [InlineData(3, 64, 16_384)]
    [InlineData(4, 7, 500)]
    public async Task Output_keeps_input_order(int degree, int batchDocuments, int batchCharacters)
    {
        var coder = new OrderedParallelCoder(new JitteryCoder(), degree, new ParallelCodingOptions { BatchDocuments = batchDocuments, BatchCharacters = batchCharacters });
        var ids = await IdsAsync(coder, Source(300, i => 10 + (i * 37 % 200)));
        Assert.Equal(Enumerable.Range(0, 300).Select(i => $"d{i}"), ids);
    }

    // A failing document ends the stream there: everything before it still comes out, in order, as with one thread.
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Documents_before_a_failure_come_out_then_the_exception(int degree)
    {
        var coder = new OrderedParallelCoder(new JitteryCoder(failAt: "d37"), degree, new ParallelCodingOptions { BatchDocuments = 8 });
        var ids = new List<string>();
        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var coded in coder.CodeAsync(Source(100))) ids.Add(coded.Document.Id);
        });
        Assert.Equal(Enumerable.Range(0, 37).Select(i => $"d{i}"), ids);
    }

    // A live stream (stdin, a socket): the second document only arrives after the first one's result was written.
    // Waiting for a full batch would deadlock here; the timeout turns that into a failure.
    [Fact]
    public async Task A_slow_source_does_not_wait_for_a_full_batch()
    {
        var firstWritten = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var coder = new OrderedParallelCoder(new JitteryCoder(), 2, new ParallelCodingOptions { BatchDocuments = 64 });
        var ids = new List<string>();
        await foreach (var coded in coder.CodeAsync(Live(firstWritten.Task)))
        {
            ids.Add(coded.Document.Id);
            firstWritten.TrySetResult();
        }

        Assert.Equal(["d0", "d1"], ids);
    }

    // A caller that stops reading early (first hit, an error in its sink) must not leave the reader blocked on a full
    // queue for ever: the source is disposed soon after.
    [Fact]
    public async Task Stopping_early_releases_the_source()
    {
        var disposed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var coder = new OrderedParallelCoder(new JitteryCoder(), 2, new ParallelCodingOptions { BatchDocuments = 2, BatchesPerCore = 1 });
        int seen = 0;
        await foreach (var coded in coder.CodeAsync(Endless(disposed)))
        {
            if (++seen == 3) break;
        }

        await disposed.Task.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(3, seen);
    }

    private static async IAsyncEnumerable<Document> Endless(TaskCompletionSource disposed)
    {
        try
        {
            for (int i = 0; ; i++)
            {
                await Task.Yield();
                yield return Doc(i);
            }
        }
        finally
        {
            disposed.TrySetResult();
        }
    }

    private static async IAsyncEnumerable<Document> Live(Task firstWritten, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        yield return Doc(0);
        await firstWritten.WaitAsync(TimeSpan.FromSeconds(20), cancellationToken);
        yield return Doc(1);
    }

    // The real engine on the shipped samples: two cores (one document per batch, and the default batches) write
    // byte for byte what one core writes.
    [Theory]
    [InlineData(1)]
    [InlineData(64)]
    public async Task Parallel_output_equals_sequential_output(int batchDocuments)
    {
        var documents = new List<Document>();
        await foreach (var doc in new InputOpener().ReadAsync([DataFolders.Find("samples")])) documents.Add(doc);
        // Copies so that several batches are in flight at once.
        var many = Enumerable.Range(0, 20).SelectMany(copy => documents.Select(d => d with { Id = $"{d.Id}~{copy}" })).ToList();

        var one = await JsonlAsync(new OrderedParallelCoder(fixture.Engine, 1), many);
        var two = await JsonlAsync(new OrderedParallelCoder(fixture.Engine, 2, new ParallelCodingOptions { BatchDocuments = batchDocuments }), many);
        Assert.Contains("\"cameo\"", one, StringComparison.Ordinal);
        Assert.Equal(one, two);
    }

    private static async Task<string> JsonlAsync(OrderedParallelCoder coder, List<Document> documents)
    {
        using var stream = new MemoryStream();
        var sink = new JsonlSink(stream);
        await using (sink)
        {
            await foreach (var coded in coder.CodeAsync(documents.ToAsyncEnumerable())) await sink.WriteAsync(coded);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
