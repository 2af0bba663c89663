namespace Entente.Coding;

/// <summary>Options of the event coder, built once and shared by the CLI, the API and workers.</summary>
public sealed record CoderOptions
{
    /// <summary>Events below this confidence are dropped (with a trace line). Default 0.3.</summary>
    public double MinConfidence { get; init; } = 0.3;

    /// <summary>Emit events whose pattern allows no target when none is found. Default true.</summary>
    public bool AllowTargetless { get; init; } = true;

    /// <summary>Publication date for documents that carry none; null leaves such events undated. Default null.</summary>
    public DateOnly? DefaultDate { get; init; }

    /// <summary>Code announced or wished-for acts with their intent codes (a future visit as 036), as EVAL.md asks.
    /// Off for imported PETRARCH dictionaries, whose verb codes are final whatever the tense. Default true.</summary>
    public bool IntentCodes { get; init; } = true;

    /// <summary>Code forces planned for an ally's territory (NATO or CSTO members, "Germany will send troops to Lithuania") as
    /// a commitment of military protection (0334, per the CAMEO manual) instead of a threat (138). Default true; off gives
    /// every planned deployment the intent map's threat code.</summary>
    public bool AlliedDeployments { get; init; } = true;

    /// <summary>Record trace lines (the explain view). Off for bulk coding, where it only costs. Default false.</summary>
    public bool Trace { get; init; }
}
