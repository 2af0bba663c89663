namespace Entente.Store;

/// <summary>Events that report the same happening: one dyad, compatible codes, close dates.</summary>
/// <param name="ClusterId">Stable id: the event number of the cluster's head.</param>
/// <param name="SourceKey">Source actor key of the dyad.</param>
/// <param name="TargetKey">Target actor key of the dyad, null when the events have no target.</param>
/// <param name="CameoRoot">Shared CAMEO root.</param>
/// <param name="Modality">Shared modality name ("asserted", ...).</param>
/// <param name="FirstDate">Earliest event date.</param>
/// <param name="LastDate">Latest event date.</param>
/// <param name="EventNos">Event numbers of the members; the first is the head, counted when aggregates count clusters.</param>
/// <param name="Documents">Distinct documents among the members.</param>
/// <param name="Sources">Distinct outlets (document sources) among the members.</param>
public sealed record EventCluster(
    long ClusterId,
    string SourceKey,
    string? TargetKey,
    string CameoRoot,
    string Modality,
    DateOnly? FirstDate,
    DateOnly? LastDate,
    IReadOnlyList<long> EventNos,
    int Documents,
    int Sources);
