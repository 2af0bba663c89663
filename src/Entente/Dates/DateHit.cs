namespace Entente.Dates;

/// <summary>A match of a date rule: the word after its last word (0 for no match) and the resolved date.</summary>
internal readonly record struct DateHit(int EndWord, DateOnly Date, DateGranularity Granularity, DateOnly? RangeEnd, string Rule)
{
    public bool Found => EndWord > 0;
}
