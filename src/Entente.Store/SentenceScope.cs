namespace Entente.Store;

/// <summary>Which sentences of a written document, and which of its mentions, the store keeps as rows.</summary>
/// <remarks>
/// Every document row records its sentence count either way, so totals and rates do not depend on the scope. Events
/// are always written whole; what the scope decides is how much of the surrounding text is kept beside them.
/// </remarks>
public enum SentenceScope
{
    /// <summary>The evidence: sentences that carry at least one event, and the mentions in them (the default: every
    /// query, the API and the dashboard read the text of events' sentences only, and an ingest writes about a third of
    /// the rows it would write for <see cref="All"/>).</summary>
    WithEvents,

    /// <summary>Every sentence and every mention, for salience counts or corpus work over the stored text.</summary>
    All,
}
