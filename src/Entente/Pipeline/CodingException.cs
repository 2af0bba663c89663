namespace Entente.Pipeline;

/// <summary>A fault inside the engine while coding one document: names the document so that the user can report or skip it,
/// and carries the original exception for debugging. The CLI prints its message as one line.</summary>
public sealed class CodingException : Exception
{
    /// <summary>Creates the exception for document <paramref name="documentId"/>.</summary>
    public CodingException(string documentId, Exception inner)
        : base($"internal error while coding document '{documentId}': {inner?.GetType().Name}: {inner?.Message} (please report it with the document)", inner)
    {
        DocumentId = documentId;
    }

    /// <summary>The id of the document being coded.</summary>
    public string DocumentId { get; }
}
