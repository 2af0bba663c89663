namespace Entente.Store;

/// <summary>What one <see cref="IEventStore.WriteAsync"/> call stored.</summary>
/// <param name="Documents">Documents written.</param>
/// <param name="Skipped">Documents skipped because their content hash was already stored (or repeated in the batch).</param>
/// <param name="Sentences">Sentences of the written documents (the sentences table keeps those the <see cref="SentenceScope"/> names).</param>
/// <param name="Events">Events written.</param>
/// <param name="Mentions">Mention rows written.</param>
public sealed record StoreWriteResult(int Documents, int Skipped, int Sentences, int Events, int Mentions);
