using Entente.Model;

namespace Entente.Dates;

/// <summary>An event's date and where it came from, as <see cref="EventDatePicker.DateOf"/> decides it.</summary>
/// <param name="Date">The event date (for a week, month, year or range: its first day), or null when unknown.</param>
/// <param name="Basis">Text, Publication or Unknown.</param>
/// <param name="Expression">The governing expression when <paramref name="Basis"/> is Text (its rule and range go to the trace).</param>
public readonly record struct EventDate(DateOnly? Date, DateBasis Basis, DateExpression? Expression);
