namespace Entente.Evaluation;

/// <summary>Which gold-set schema a record was read from; decides the default scoring mode.</summary>
public enum GoldFormat
{
    /// <summary>EVAL.md records (dev.jsonl): actor keys, `|` alternatives, modality, sectors.</summary>
    Eval,
    /// <summary>PETRARCH validation records: CAMEO actor codes, error/discard expectations, config options.</summary>
    Petrarch,
    /// <summary>PLOVER gold-standard records: ISO3 actor lists and PLOVER 0.5 types.</summary>
    Plover,
    /// <summary>CAMEO manual examples: a code only, no actors.</summary>
    CameoManual,
}
