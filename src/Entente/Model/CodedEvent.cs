namespace Entente.Model;

/// <summary>One coded event: the public record of DESIGN.md §3 (schema version <see cref="SchemaVersion"/>).</summary>
public sealed record CodedEvent
{
    /// <summary>Version of the event record's JSON shape.</summary>
    public const int SchemaVersion = 1;

    /// <summary>"{doc_id}:{sentence}:{n}".</summary>
    public required string Id { get; init; }
    public required string DocId { get; init; }
    /// <summary>0-based sentence index in the document.</summary>
    public required int Sentence { get; init; }
    public DateOnly? Date { get; init; }
    public DateBasis DateBasis { get; init; }
    public required ActorRef Source { get; init; }
    public ActorRef? Target { get; init; }
    /// <summary>CAMEO code as a string (leading zeros matter).</summary>
    public required string Cameo { get; init; }
    public string CameoRoot => Cameo[..2];
    public double Goldstein { get; init; }
    public int QuadClass { get; init; }
    public PloverCoding? Plover { get; init; }
    public Modality Modality { get; init; }
    public required TriggerRef Trigger { get; init; }
    public PlaceRef? Location { get; init; }
    public double Confidence { get; init; }
    /// <summary>Id of the pattern or rule that produced the event.</summary>
    public required string Rule { get; init; }
    /// <summary>Ids of the dictionary entries used (actors, agents, patterns).</summary>
    public IReadOnlyList<string> Entries { get; init; } = [];
}
