namespace Entente.Server;

/// <summary>Where a stored event comes from: its row number and cluster, its sentence (text and document offsets) and its document.</summary>
internal sealed record EventContext(
    long EventNo,
    long? ClusterId,
    int SentenceIndex,
    string? SentenceText,
    int SentenceStart,
    int SentenceEnd,
    bool IsHeadline,
    string? Title,
    string? Url,
    string? Source,
    DateOnly? PublicationDate);
