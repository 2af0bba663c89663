using System.Collections.Concurrent;
using Entente.Coding;
using Entente.Model;

namespace Entente.Cli.Store;

/// <summary>
/// Codes like the engine, but a document whose coding throws is set aside (reported, never stored) instead of ending the
/// whole ingest: the failure is kept for <see cref="TryTakeFailure"/> and an empty result stands in for it in the ordered stream.
/// </summary>
internal sealed class SafeCoder : ICoder
{
    private readonly ICoder _inner;
    private readonly ConcurrentDictionary<Document, Exception> _failed = new(ReferenceEqualityComparer.Instance);

    public SafeCoder(ICoder inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
    }

    public CodedDocument Code(Document document)
    {
        try
        {
            return _inner.Code(document);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _failed[document] = ex;
            return new CodedDocument(new SegmentedDocument(document, [], []), [], [], []);
        }
    }

    /// <summary>Whether coding <paramref name="document"/> failed; the failure is taken out (each is reported once).</summary>
    public bool TryTakeFailure(Document document, out Exception? error) => _failed.TryRemove(document, out error);
}
