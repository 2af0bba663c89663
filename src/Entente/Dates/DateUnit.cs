namespace Entente.Dates;

/// <summary>A unit of time in spans and "ago" expressions.</summary>
internal enum DateUnit : byte
{
    Hour = 1,
    Day,
    Week,
    Month,
    Year,
    Decade,
}
