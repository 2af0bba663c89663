namespace Entente.Model;

/// <summary>The coder's output for one document: its events, the mentions they rest on, and the trace.</summary>
public sealed record CodedDocument(
    SegmentedDocument Segmented,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<CodedEvent> Events,
    IReadOnlyList<TraceEntry> Trace)
{
    /// <summary>The document that was coded.</summary>
    public Document Document => Segmented.Document;
}
