using Entente.Model;

namespace Entente.Evaluation;

/// <summary>One event the coder predicted for a gold record, reduced to what scoring compares.</summary>
/// <param name="SourceKey">Actor key of EVAL.md §2 (ISO3, organisation or region).</param>
/// <param name="SourceCode">Full CAMEO-style code ("PAKMIL"), compared whole in PETRARCH strict scoring.</param>
/// <param name="SourceSector">CAMEO sector of the source, when known.</param>
/// <param name="TargetKey">Actor key of the target; null when the event has no target.</param>
/// <param name="TargetCode">Full code of the target, when there is one.</param>
/// <param name="TargetSector">CAMEO sector of the target, when known.</param>
/// <param name="Cameo">CAMEO event code as a string (leading zeros matter).</param>
/// <param name="Modality">Whether the event happened, per EVAL.md §1.</param>
/// <param name="PloverType">PLOVER event type the coder mapped the CAMEO code to, for PLOVER scoring.</param>
public sealed record PredictedEvent(
    string SourceKey,
    string? SourceCode,
    string? SourceSector,
    string? TargetKey,
    string? TargetCode,
    string? TargetSector,
    string Cameo,
    Modality Modality,
    string? PloverType = null)
{
    /// <summary>0-based sentence index in the record's text, for error listings.</summary>
    public int? Sentence { get; init; }

    /// <summary>The coder's event id, for error listings.</summary>
    public string? Id { get; init; }

    /// <summary>Start offset of the trigger the event was coded from: the dyads of one trigger are one PLOVER event.</summary>
    public int? TriggerStart { get; init; }

    /// <summary>Reduces a coded event to what scoring compares.</summary>
    public static PredictedEvent FromCoded(CodedEvent coded)
    {
        ArgumentNullException.ThrowIfNull(coded);
        return new PredictedEvent(
            coded.Source.Key,
            coded.Source.Code,
            coded.Source.Sector,
            coded.Target?.Key,
            coded.Target?.Code,
            coded.Target?.Sector,
            coded.Cameo,
            coded.Modality,
            coded.Plover?.Type)
        {
            Sentence = coded.Sentence,
            Id = coded.Id,
            TriggerStart = coded.Trigger.Start,
        };
    }

    /// <summary>"SRC>TGT 042 asserted" style summary for listings.</summary>
    public override string ToString()
    {
        var source = SourceCode is { Length: > 0 } sc && !string.Equals(sc, SourceKey, StringComparison.Ordinal) ? $"{SourceKey}({sc})" : SourceKey;
        var target = TargetKey is null ? GoldEvent.NoActor : TargetCode is { Length: > 0 } tc && !string.Equals(tc, TargetKey, StringComparison.Ordinal) ? $"{TargetKey}({tc})" : TargetKey;
        var sectors = SourceSector is null && TargetSector is null ? "" : $" [{SourceSector ?? "-"}/{TargetSector ?? "-"}]";
        var plover = PloverType is null ? "" : $" {PloverType}";
        var where = Sentence is { } s ? $" @s{s}" : "";
        return $"{source}>{target} {Cameo}{plover} {Modality.ToString().ToLowerInvariant()}{sectors}{where}";
    }
}
