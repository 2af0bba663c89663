namespace Entente.Dates;

/// <summary>Prepositions that introduce date expressions; they are never part of an expression's span.</summary>
internal enum DatePrep : byte
{
    On = 1,
    In,
    At,
    Since,
    Until,
    By,
    From,
    During,
    Over,
    For,
    Through,
    Of,
    Between,
    To,
    Around,
}
