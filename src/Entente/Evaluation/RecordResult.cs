namespace Entente.Evaluation;

/// <summary>The scored outcome of one gold record.</summary>
public sealed record RecordResult
{
    /// <summary>The gold record.</summary>
    public required GoldRecord Record { get; init; }

    /// <summary>The predictions scored (after document dedupe).</summary>
    public IReadOnlyList<PredictedEvent> Predicted { get; init; } = [];

    /// <summary>One-to-one matches, best level first.</summary>
    public IReadOnlyList<MatchedPair> Pairs { get; init; } = [];

    /// <summary>Gold events left unmatched.</summary>
    public IReadOnlyList<GoldEvent> Misses { get; init; } = [];

    /// <summary>Predictions left unmatched.</summary>
    public IReadOnlyList<PredictedEvent> Extras { get; init; } = [];

    /// <summary>PLOVER scoring: further dyads of an event already counted (same trigger and type), not scored.</summary>
    public IReadOnlyList<PredictedEvent> Folded { get; init; } = [];

    /// <summary>Exception message when prediction crashed (the record is then scored with no predictions).</summary>
    public string? Crash { get; init; }

    /// <summary>Whether the record is fully right: every gold event matched at L1 and nothing extra.</summary>
    public bool IsPerfect => Misses.Count == 0 && Extras.Count == 0 && Crash is null && AllCode();

    private bool AllCode()
    {
        foreach (var pair in Pairs)
        {
            if (pair.Level != MatchLevel.Code)
            {
                return false;
            }
        }

        return true;
    }
}
