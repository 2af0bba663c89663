namespace Entente.Model;

/// <summary>A recognised span of a sentence: an actor, agent, collective, place or date.</summary>
/// <param name="Kind">What the span names.</param>
/// <param name="Sentence">Index of the sentence it is in.</param>
/// <param name="FirstToken">Index (document-wide) of its first token.</param>
/// <param name="TokenCount">Number of tokens it covers.</param>
/// <param name="Start">First character in the document.</param>
/// <param name="End">End (exclusive) in the document.</param>
/// <param name="Entries">Ids of the dictionary entries that produced it (e.g. "person:pak-bajwa", "agent:ambassador").</param>
public sealed record Mention(
    MentionKind Kind,
    int Sentence,
    int FirstToken,
    int TokenCount,
    int Start,
    int End,
    IReadOnlyList<string> Entries)
{
    /// <summary>The actor, for <see cref="MentionKind.Actor"/>; the sector-only actor for a bare agent.</summary>
    public ActorCode? Actor { get; init; }

    /// <summary>Several actors when one mention names more than one ("the two countries" once resolved).</summary>
    public IReadOnlyList<ActorCode> Members { get; init; } = [];

    /// <summary>For a descriptor of one state ("the Gulf state"): the countries it fits; it refers back to the most recent of
    /// them named before. Empty for other mentions.</summary>
    public IReadOnlyList<string> Fits { get; init; } = [];

    /// <summary>For a descriptor: how many sentences back its referent may have been named ("the alliance" = 1: this sentence or
    /// the one before); 0 when anywhere earlier in the document.</summary>
    public int Reach { get; init; }

    /// <summary>True for plural nouns ("ambassadors", "Pakistanis").</summary>
    public bool Plural { get; init; }

    /// <summary>For collectives: how many members the phrase says ("the three countries" = 3), 0 when unsaid.</summary>
    public int Count { get; init; }

    /// <summary>For places: the resolved place.</summary>
    public PlaceRef? Place { get; init; }

    /// <summary>For dates: the resolved date.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The character range.</summary>
    public TextRange Range => new(Start, End);
}
