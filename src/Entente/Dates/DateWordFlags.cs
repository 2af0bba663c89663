namespace Entente.Dates;

/// <summary>Surface properties of a scanned word.</summary>
[Flags]
internal enum DateWordFlags : byte
{
    None = 0,
    Capitalized = 1,
    /// <summary>Ended in "'s" or "’s", which is outside the word's <see cref="DateWord.End"/>.</summary>
    Possessive = 2,
    /// <summary>"3rd", "21st".</summary>
    Ordinal = 4,
}
