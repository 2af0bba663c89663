namespace Entente.Evaluation;

/// <summary>How predicted events are compared with gold events.</summary>
public enum ScoringMode
{
    /// <summary>EVAL.md levels: L1 code (first 3 digits), L2 root, L3 dyad, on actor keys.</summary>
    Eval,
    /// <summary>PETRARCH strict: full source code, full target code; L1 full CAMEO code, L2 root, L3 dyad.</summary>
    PetrarchStrict,
    /// <summary>PETRARCH relaxed: actor codes on their first 3 letters; L1 first 3 digits, L2 root, L3 dyad.</summary>
    PetrarchRelaxed,
    /// <summary>PLOVER: actors on ISO3 codes; L1 and L2 the PLOVER type, L3 dyad. The dyads coded from one trigger are one PLOVER event (the set lists a compound's actors in one event), so they count once.</summary>
    Plover,
    /// <summary>PLOVER matching as <see cref="Plover"/>, but every coded dyad counts as its own event.</summary>
    PloverDyads,
    /// <summary>CAMEO manual examples: actors ignored; L1 first 3 digits, L2 root, L3 any event.</summary>
    RootOnly,
}
