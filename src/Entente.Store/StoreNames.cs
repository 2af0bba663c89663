using Entente.Model;

namespace Entente.Store;

/// <summary>The stored (and public JSON) names of the model's enums.</summary>
public static class StoreNames
{
    /// <summary>"asserted", "negated", "future" or "hypothetical".</summary>
    public static string Of(Modality modality) => modality switch
    {
        Modality.Asserted => "asserted",
        Modality.Negated => "negated",
        Modality.Future => "future",
        _ => "hypothetical",
    };

    /// <summary>"text", "publication" or "unknown".</summary>
    public static string Of(DateBasis basis) => basis switch
    {
        DateBasis.Text => "text",
        DateBasis.Publication => "publication",
        _ => "unknown",
    };

    /// <summary>"actor", "agent", "collective", "place" or "date".</summary>
    public static string Of(MentionKind kind) => kind switch
    {
        MentionKind.Actor => "actor",
        MentionKind.Agent => "agent",
        MentionKind.Collective => "collective",
        MentionKind.Place => "place",
        _ => "date",
    };

    /// <summary>Parses a stored modality name; unknown names read as hypothetical, the weakest claim.</summary>
    public static Modality ParseModality(string name) => name switch
    {
        "asserted" => Modality.Asserted,
        "negated" => Modality.Negated,
        "future" => Modality.Future,
        _ => Modality.Hypothetical,
    };

    /// <summary>Parses a stored date basis name.</summary>
    public static DateBasis ParseDateBasis(string name) => name switch
    {
        "text" => DateBasis.Text,
        "publication" => DateBasis.Publication,
        _ => DateBasis.Unknown,
    };
}
