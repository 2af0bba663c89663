namespace Entente.Evaluation;

/// <summary>One gold sentence or document with the events a careful coder records for it.</summary>
public sealed record GoldRecord
{
    /// <summary>Record id, unique within its set.</summary>
    public required string Id { get; init; }

    /// <summary>The `set` field of converted sets (null for EVAL-format files).</summary>
    public string? Set { get; init; }

    /// <summary>Schema the record was read from.</summary>
    public GoldFormat Format { get; init; }

    /// <summary>Publication date, when the record has a usable one.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The sentence or document text.</summary>
    public required string Text { get; init; }

    /// <summary>Every event a careful coder records; empty means nothing may be predicted.</summary>
    public IReadOnlyList<GoldEvent> Events { get; init; } = [];

    /// <summary>The set's explicit no-event flag (PETRARCH `no_event`); <see cref="ExpectsNoEvent"/> is what scoring uses.</summary>
    public bool NoEventFlag { get; init; }

    /// <summary>PETRARCH `error`: the coder must discard the record (storydiscard, sentencediscard, dateline ...).</summary>
    public string? Error { get; init; }

    /// <summary>Why the record's own input is malformed (a supplied Treebank parse with unbalanced brackets), or null.
    /// Such a record is rejected with this reason rather than coded.</summary>
    public string? InputProblem { get; init; }

    /// <summary>PETRARCH options switched on for this record (require_dyad, new_actor_length ...), for the coder to honour.</summary>
    public IReadOnlyDictionary<string, string> Config { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>PETRARCH/PLOVER category (DEMO, ACTOR, VERB, AGENT, COMPOUND ...), null in EVAL-format files.</summary>
    public string? Category { get; init; }

    /// <summary>The coder's note on the record, when present.</summary>
    public string? Note { get; init; }

    /// <summary>Whether the record is a multi-sentence document, matched at document level (EVAL.md §4).</summary>
    public bool IsDocument { get; init; }

    /// <summary>1-based line (JSONL) where the record was read, 0 when not from a line.</summary>
    public int Line { get; init; }

    /// <summary>Whether the record must produce no event at all (empty event list, including discards).</summary>
    public bool ExpectsNoEvent => Events.Count == 0;

    /// <summary>Whether the record is a discard/error record that must produce no event.</summary>
    public bool IsDiscard => Error is not null;

    /// <summary>Reads a boolean PETRARCH option ("True", "true", "TRUE"); <paramref name="fallback"/> when absent or not boolean.</summary>
    public bool ConfigFlag(string name, bool fallback = false) =>
        Config.TryGetValue(name, out var value) && bool.TryParse(value, out var flag) ? flag : fallback;
}
