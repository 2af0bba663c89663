using Entente.Model;

namespace Entente.Store;

/// <summary>One page of a query's events, ordered by date then id, with the total number of matches.</summary>
public sealed record EventPage(long Total, int Offset, int Limit, IReadOnlyList<CodedEvent> Events);
