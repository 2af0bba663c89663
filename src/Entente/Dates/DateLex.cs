namespace Entente.Dates;

/// <summary>A lexicon entry: kind, value and a kind-specific flag (plural for units, "needs context" for months).</summary>
internal readonly record struct DateLex(DateLexKind Kind, int Value, bool Flag = false);
