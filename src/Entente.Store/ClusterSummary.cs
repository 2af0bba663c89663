namespace Entente.Store;

/// <summary>What a clustering run found.</summary>
/// <param name="Events">Events considered.</param>
/// <param name="Clusters">Clusters formed (singletons included).</param>
/// <param name="Merged">Clusters with more than one event.</param>
public sealed record ClusterSummary(long Events, long Clusters, long Merged);
