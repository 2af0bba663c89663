using Entente.Model;

namespace Entente.Evaluation;

/// <summary>One event of a gold record, with the alternatives careful coders accept.</summary>
public sealed record GoldEvent
{
    /// <summary>The "no actor" marker: a gold target of "---" matches a prediction without a target.</summary>
    public const string NoActor = "---";

    /// <summary>Accepted source keys or codes (first = preferred); empty means the source is not scored.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Accepted target keys or codes, "---" for no target; empty means the target is not scored.</summary>
    public IReadOnlyList<string> Targets { get; init; } = [];

    /// <summary>Accepted CAMEO codes (2, 3 or 4 digits; first = preferred); empty for PLOVER-only gold.</summary>
    public IReadOnlyList<string> Cameos { get; init; } = [];

    /// <summary>Gold modality, when the set codes one (EVAL format only).</summary>
    public Modality? Modality { get; init; }

    /// <summary>Gold sector of the source, when the set codes one.</summary>
    public string? SourceSector { get; init; }

    /// <summary>Gold sector of the target, when the set codes one.</summary>
    public string? TargetSector { get; init; }

    /// <summary>Gold PLOVER type as the set spells it (PLOVER set: the older 0.5 labels).</summary>
    public string? PloverType { get; init; }

    /// <summary>"SRC>TGT 040|042 asserted" style summary for listings.</summary>
    public override string ToString()
    {
        var source = Sources.Count == 0 ? "*" : string.Join('|', Sources);
        var target = Targets.Count == 0 ? "*" : string.Join('|', Targets);
        var code = Cameos.Count == 0 ? "" : " " + string.Join('|', Cameos);
        var plover = PloverType is null ? "" : " " + PloverType;
        var modality = Modality is { } m ? " " + m.ToString().ToLowerInvariant() : "";
        var sectors = SourceSector is null && TargetSector is null ? "" : $" [{SourceSector ?? "-"}/{TargetSector ?? "-"}]";
        return $"{source}>{target}{code}{plover}{modality}{sectors}";
    }
}
