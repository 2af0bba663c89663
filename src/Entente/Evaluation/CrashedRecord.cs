namespace Entente.Evaluation;

/// <summary>A record whose prediction threw; it was scored as if nothing had been predicted.</summary>
/// <param name="Id">Record id.</param>
/// <param name="Message">Exception type and message.</param>
public sealed record CrashedRecord(string Id, string Message);
