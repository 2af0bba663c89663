namespace Entente.Model;

/// <summary>Where an event's date came from.</summary>
public enum DateBasis : byte
{
    /// <summary>A date expression in the text, resolved against the publication date.</summary>
    Text,
    /// <summary>No date in the text: the publication date.</summary>
    Publication,
    /// <summary>Neither the text nor the input gave a date.</summary>
    Unknown,
}
