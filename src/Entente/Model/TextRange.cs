namespace Entente.Model;

/// <summary>A half-open character range [Start, End) into <see cref="Document.Text"/>.</summary>
public readonly record struct TextRange(int Start, int End)
{
    /// <summary>Number of characters covered.</summary>
    public int Length => End - Start;

    /// <summary>Whether <paramref name="other"/> lies wholly inside this range.</summary>
    public bool Contains(TextRange other) => other.Start >= Start && other.End <= End;

    /// <summary>Whether the two ranges share at least one character.</summary>
    public bool Overlaps(TextRange other) => other.Start < End && Start < other.End;
}
