namespace Entente.Dates;

/// <summary>What separates a word from the one before it.</summary>
internal enum GapKind : byte
{
    /// <summary>The word starts the sentence.</summary>
    Start,
    /// <summary>Only whitespace.</summary>
    Space,
    Comma,
    Hyphen,
    Slash,
    Period,
    /// <summary>Any other punctuation, or more than one mark.</summary>
    Other,
}
