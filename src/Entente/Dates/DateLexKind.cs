namespace Entente.Dates;

/// <summary>What a word means to the date resolver; most words are <see cref="None"/>.</summary>
internal enum DateLexKind : byte
{
    None,
    Weekday,
    Month,
    /// <summary>Digits; value is the number (ordinal flag set for "3rd").</summary>
    Number,
    /// <summary>"1990s": value is the decade's first year.</summary>
    Decade,
    /// <summary>"2016-03-03": value is yyyymmdd.</summary>
    IsoDate,
    /// <summary>Number words one..twelve; value is the number.</summary>
    Count,
    /// <summary>"a", "an": a count of one in "a week ago".</summary>
    Article,
    /// <summary>"few", "several".</summary>
    Few,
    Couple,
    /// <summary>day, week, month, year, decade, hour; value is a <see cref="DateUnit"/>, flag means plural.</summary>
    Unit,
    Today,
    Tonight,
    Yesterday,
    Tomorrow,
    /// <summary>morning, afternoon, evening, night (value 1 for night).</summary>
    DayPart,
    Weekend,
    Last,
    This,
    Next,
    Past,
    Recent,
    Earlier,
    Later,
    /// <summary>"early", "mid", "late": value is 0, 1, 2.</summary>
    Part,
    Ago,
    The,
    Before,
    After,
    /// <summary>A preposition; value is a <see cref="DatePrep"/>.</summary>
    Prep,
    /// <summary>"and", for "between 2010 and 2014".</summary>
    And,
    /// <summary>A word that makes a following weekday part of a name ("Black Friday", "Cyber Monday").</summary>
    NamePrefix,
}
