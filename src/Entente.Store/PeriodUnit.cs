namespace Entente.Store;

/// <summary>Width of a time-series bucket; weeks start on Monday (ISO).</summary>
public enum PeriodUnit
{
    /// <summary>ISO week, from Monday.</summary>
    Week,
    /// <summary>Calendar month.</summary>
    Month,
    /// <summary>Calendar year.</summary>
    Year,
}
