using Entente.Model;

namespace Entente.Output;

/// <summary>Writes coded documents somewhere (stdout, a file, a store), in input order.</summary>
public interface IEventSink : IAsyncDisposable
{
    /// <summary>Writes the events of one coded document.</summary>
    ValueTask WriteAsync(CodedDocument document, CancellationToken cancellationToken = default);
}
