namespace Entente.Store;

/// <summary>An inclusive range of days.</summary>
public readonly record struct DateRange(DateOnly From, DateOnly To);
