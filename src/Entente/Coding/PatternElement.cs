namespace Entente.Coding;

/// <summary>One position of a trigger phrase: the word forms it accepts, or a gap of up to <see cref="MaxGap"/> tokens.</summary>
/// <param name="Forms">Accepted word forms (case-insensitive); empty for a gap.</param>
/// <param name="MaxGap">For a gap, how many tokens may be skipped; 0 for a word.</param>
/// <param name="IsHead">True for the inflected head word (the verb or the event noun).</param>
public sealed record PatternElement(IReadOnlyList<string> Forms, int MaxGap, bool IsHead)
{
    /// <summary>Whether this element is a gap.</summary>
    public bool IsGap => MaxGap > 0;
}
