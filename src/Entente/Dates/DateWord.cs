namespace Entente.Dates;

/// <summary>A word of the sentence as the date resolver sees it; offsets are document offsets.</summary>
/// <param name="Start">First character.</param>
/// <param name="End">End (exclusive) of the word without a possessive "'s".</param>
/// <param name="Kind">Lexicon kind.</param>
/// <param name="Value">Kind-specific value (weekday, month, number, unit, ...).</param>
/// <param name="Flag">Kind-specific flag from the lexicon.</param>
/// <param name="GapBefore">What separates it from the previous word.</param>
/// <param name="Flags">Capitalization, possessive, ordinal.</param>
internal readonly record struct DateWord(int Start, int End, DateLexKind Kind, int Value, bool Flag, GapKind GapBefore, DateWordFlags Flags)
{
    public bool Capitalized => (Flags & DateWordFlags.Capitalized) != 0;

    public bool Possessive => (Flags & DateWordFlags.Possessive) != 0;

    public bool Ordinal => (Flags & DateWordFlags.Ordinal) != 0;
}
