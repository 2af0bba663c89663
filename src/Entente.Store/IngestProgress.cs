namespace Entente.Store;

/// <summary>Running totals of an ingest.</summary>
/// <param name="Documents">Documents written.</param>
/// <param name="Sentences">Sentences written.</param>
/// <param name="Events">Events written.</param>
/// <param name="Skipped">Documents skipped because their content hash was already stored.</param>
/// <param name="Errors">Documents that could not be written (reported to the error callback).</param>
/// <param name="Elapsed">Time since the run started.</param>
public sealed record IngestProgress(long Documents, long Sentences, long Events, long Skipped, long Errors, TimeSpan Elapsed);
