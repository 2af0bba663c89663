namespace Entente.Dates;

/// <summary>A date expression found in a sentence, resolved against the publication date.</summary>
/// <param name="Start">First character in the document.</param>
/// <param name="End">End (exclusive) in the document.</param>
/// <param name="Date">The resolved date (for a month or year: its first day; for a range: its start).</param>
/// <param name="Granularity">How precise the date is.</param>
/// <param name="RangeEnd">Last day of a range, when <paramref name="Granularity"/> is not Day.</param>
/// <param name="Rule">Which rule resolved it ("weekday-past", "last-month-name", ...), for the trace.</param>
public sealed record DateExpression(int Start, int End, DateOnly Date, DateGranularity Granularity, DateOnly? RangeEnd, string Rule);
