namespace Entente.Dates;

/// <summary>How precise a resolved date is.</summary>
public enum DateGranularity : byte
{
    Day,
    Week,
    Month,
    Year,
    /// <summary>A span ("over the last two years"): <see cref="DateExpression.Date"/> is its start, <see cref="DateExpression.RangeEnd"/> its end.</summary>
    Range,
}
