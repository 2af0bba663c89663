namespace Entente.Dates;

/// <summary>Tuning of <see cref="DateResolver"/>; the defaults suit English news.</summary>
public sealed record DateResolverOptions
{
    /// <summary>
    /// A bare weekday in a past (default) context is the most recent such day on or before the publication
    /// date (news convention: "said on Monday"). When false it is the nearest such day, before or after.
    /// Default true.
    /// </summary>
    public bool AssumePastForBareWeekday { get; init; } = true;

    /// <summary>The count that "few" and "several" stand for ("the past few days"). Default 3.</summary>
    public int FewCount { get; init; } = 3;

    /// <summary>How many days "in recent days" reaches back. Default 7.</summary>
    public int RecentDays { get; init; } = 7;

    /// <summary>How many weeks "in recent weeks" reaches back. Default 4.</summary>
    public int RecentWeeks { get; init; } = 4;

    /// <summary>How many months "in recent months" reaches back. Default 3.</summary>
    public int RecentMonths { get; init; } = 3;

    /// <summary>How many years "in recent years" reaches back. Default 3.</summary>
    public int RecentYears { get; init; } = 3;

    /// <summary>Smallest number read as a year ("in 1948"). Default 1800.</summary>
    public int MinYear { get; init; } = 1800;

    /// <summary>Largest number read as a year ("by 2030"). Default 2199.</summary>
    public int MaxYear { get; init; } = 2199;

    /// <summary>Largest count accepted in spans ("the last 30 years") and "ago" expressions. Default 100.</summary>
    public int MaxCount { get; init; } = 100;
}
