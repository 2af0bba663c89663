using Entente.Model;

namespace Entente.Store;

/// <summary>Which stored events a query or export wants; every set criterion must hold. Defaults select everything.</summary>
public sealed record EventFilter
{
    /// <summary>Actor key or full code, as source or target ("PAK", "NATO", "PAKMIL").</summary>
    public string? Actor { get; init; }

    /// <summary>Actor key or full code of the source only (with <see cref="Target"/>: one direction of a dyad).</summary>
    public string? Source { get; init; }

    /// <summary>Actor key or full code of the target only.</summary>
    public string? Target { get; init; }

    /// <summary>ISO alpha-3 country of source or target.</summary>
    public string? Country { get; init; }

    /// <summary>Sector of source or target ("MIL").</summary>
    public string? Sector { get; init; }

    /// <summary>CAMEO code prefix: a root ("04") or a code ("043").</summary>
    public string? Code { get; init; }

    /// <summary>Quad class 1..4.</summary>
    public int? Quad { get; init; }

    /// <summary>Modality.</summary>
    public Modality? Modality { get; init; }

    /// <summary>First event date, inclusive.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last event date, inclusive.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Case-insensitive text the event's sentence or trigger must contain.</summary>
    public string? Text { get; init; }

    /// <summary>Rows to skip (paging). Default 0.</summary>
    public int Offset { get; init; }

    /// <summary>Page size. Default 100.</summary>
    public int Limit { get; init; } = 100;
}
