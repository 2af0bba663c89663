namespace Entente.Model;

/// <summary>What a recognised mention names.</summary>
public enum MentionKind : byte
{
    /// <summary>A state, organisation, person, capital metonym, or agent combined with a country cue.</summary>
    Actor,
    /// <summary>A role noun without any country or organisation cue ("the ambassador", "protesters").</summary>
    Agent,
    /// <summary>A collective that refers back to actors already named ("the two countries", "both sides").</summary>
    Collective,
    /// <summary>A city, region or other place.</summary>
    Place,
    /// <summary>A date expression.</summary>
    Date,
}
