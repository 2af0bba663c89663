using Entente.Cli.Store;
using Entente.Coding;
using Entente.Model;
using Entente.Pipeline;

namespace Entente.Tests.Cli;

/// <summary>`entente code` and `entente ingest` code through <see cref="SafeCoder"/>: a document the coder throws on is set
/// aside and reported once, and every later document is still coded, in order (a rule's bug once ended a synthetic run at
/// its document 35,812 and lost the rest).</summary>
public sealed class SafeCoderTests
{
    private sealed class FailsOn(string id) : ICoder
    {
        public CodedDocument Code(Document document) =>
            document.Id == id
                ? throw new CodingException(document.Id, new IndexOutOfRangeException("Index was outside the bounds of the array."))
                : new CodedDocument(new SegmentedDocument(document, [], []), [], [], []);
    }

    private static async IAsyncEnumerable<Document> Documents(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return new Document($"d{i}", new DateOnly(2024, 1, 8), null, null, null, $"Text {i}.");
        }
    }

    [Fact]
    public async Task A_failing_document_is_set_aside_and_the_rest_is_coded_in_order()
    {
        var safe = new SafeCoder(new FailsOn("d3"));
        var coded = new List<string>();
        var failures = new List<string>();
        await foreach (var doc in new OrderedParallelCoder(safe, 2).CodeAsync(Documents(10)))
        {
            if (safe.TryTakeFailure(doc.Document, out var error)) failures.Add($"{doc.Document.Id}: {error!.Message}");
            else coded.Add(doc.Document.Id);
        }

        Assert.Equal(["d0", "d1", "d2", "d4", "d5", "d6", "d7", "d8", "d9"], coded);
        var failure = Assert.Single(failures);
        Assert.StartsWith("d3: internal error while coding document 'd3'", failure, StringComparison.Ordinal);
    }
}
