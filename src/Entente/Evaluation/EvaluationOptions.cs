namespace Entente.Evaluation;

/// <summary>How a gold set is scored.</summary>
public sealed record EvaluationOptions
{
    /// <summary>Comparison rules; default <see cref="ScoringMode.Eval"/> (EVAL.md).</summary>
    public ScoringMode Mode { get; init; } = ScoringMode.Eval;

    /// <summary>Maps a gold PLOVER label (the PLOVER set's older 0.5 labels) to the label the coder emits; default identity.</summary>
    public Func<string, string> PloverNormaliser { get; init; } = static label => label;

    /// <summary>Whether a predicted actor key names an organisation (not a state), so that PLOVER gold "IGO"/"NGO"/"IMG" accepts it; default <see cref="ActorKeys.IsOrganisation"/>.</summary>
    public Func<string, bool> IsOrganisationKey { get; init; } = ActorKeys.IsOrganisation;

    /// <summary>Collapse repeated predictions (source key, target key, CAMEO, modality) within a document record before matching (EVAL.md §4); default true.</summary>
    public bool DedupeDocuments { get; init; } = true;

    /// <summary>The mode each gold format is meant to be scored with.</summary>
    public static EvaluationOptions For(GoldFormat format) => new()
    {
        Mode = format switch
        {
            GoldFormat.Petrarch => ScoringMode.PetrarchStrict,
            GoldFormat.Plover => ScoringMode.Plover,
            GoldFormat.CameoManual => ScoringMode.RootOnly,
            _ => ScoringMode.Eval,
        },
    };
}
