using Entente.Model;

namespace Entente.Coding;

/// <summary>Codes one document: events, the mentions they rest on, and the trace.</summary>
public interface ICoder
{
    /// <summary>Codes <paramref name="document"/>; ordinary text never throws.</summary>
    CodedDocument Code(Document document);
}
