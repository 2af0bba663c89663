namespace Entente.Evaluation;

/// <summary>What went wrong on one record, for `--errors`: gold events missed, predictions unmatched, partial matches, crash.</summary>
public sealed record RecordErrors
{
    /// <summary>Record id.</summary>
    public required string Id { get; init; }

    /// <summary>Record category, when the set has one.</summary>
    public string? Category { get; init; }

    /// <summary>The record text.</summary>
    public string Text { get; init; } = "";

    /// <summary>The gold discard expectation (PETRARCH `error`), when the record has one.</summary>
    public string? Error { get; init; }

    /// <summary>Gold events with no matching prediction.</summary>
    public IReadOnlyList<GoldEvent> Misses { get; init; } = [];

    /// <summary>Predictions matched to no gold event.</summary>
    public IReadOnlyList<PredictedEvent> Extras { get; init; } = [];

    /// <summary>PLOVER scoring: further dyads of an event already counted, not scored.</summary>
    public IReadOnlyList<PredictedEvent> Folded { get; init; } = [];

    /// <summary>Pairs that matched below L1 (root or dyad only).</summary>
    public IReadOnlyList<MatchedPair> Partial { get; init; } = [];

    /// <summary>Exception message when prediction crashed on this record.</summary>
    public string? Crash { get; init; }
}
