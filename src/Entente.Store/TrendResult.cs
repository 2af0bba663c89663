namespace Entente.Store;

/// <summary>Dyads that warmed and cooled most between two periods.</summary>
/// <param name="Warmed">Largest rise in net cooperation first.</param>
/// <param name="Cooled">Largest fall first.</param>
public sealed record TrendResult(IReadOnlyList<DyadTrend> Warmed, IReadOnlyList<DyadTrend> Cooled);
