namespace Entente.Dictionaries;

/// <summary>What a dictionary entry is, from its id prefix (<c>country:</c>, <c>agent:</c> ...).</summary>
public enum EntryKind : byte
{
    /// <summary><c>country:</c> a state (or territory with an ISO 3166-1 code).</summary>
    Country,
    /// <summary><c>region:</c> a world region used as an actor key (EUR, MEA, AFR, ASA, WST).</summary>
    Region,
    /// <summary><c>adj:</c> a demonym or adjective of a country or region.</summary>
    Adjective,
    /// <summary><c>capital:</c> a capital city as a metonym for its government.</summary>
    Capital,
    /// <summary><c>person:</c> a named person with dated roles.</summary>
    Person,
    /// <summary><c>org:</c> an organisation; its first role's part is the organisation key.</summary>
    Organisation,
    /// <summary><c>agent:</c> a role noun with sectors ("ambassador", "troops").</summary>
    Agent,
    /// <summary><c>title:</c> a title that may precede a person's name ("Gen", "President").</summary>
    Title,
    /// <summary><c>place:</c> a city or other place with a country and coordinates.</summary>
    Place,
    /// <summary><c>collective:</c> a phrase naming several actors already mentioned ("the two countries").</summary>
    Collective,
}
