using Entente.Model;

namespace Entente.Text;

/// <summary>Reads one input format into documents.</summary>
public interface IReader
{
    /// <summary>Streams the documents in <paramref name="stream"/>; malformed records raise <see cref="InputException"/> naming file and line.</summary>
    IAsyncEnumerable<Document> Read(Stream stream, SourceInfo source, CancellationToken cancellationToken = default);
}
