namespace Entente.Model;

/// <summary>A sentence: its character range and the range of its tokens in <see cref="SegmentedDocument.Tokens"/>.</summary>
/// <param name="Index">0-based position among the document's sentences.</param>
/// <param name="Start">First character (inclusive).</param>
/// <param name="End">Last character (exclusive).</param>
/// <param name="FirstToken">Index of the sentence's first token.</param>
/// <param name="TokenCount">Number of tokens in the sentence.</param>
/// <param name="IsHeadline">True when the sentence is a title or headline line without final punctuation.</param>
public readonly record struct Sentence(int Index, int Start, int End, int FirstToken, int TokenCount, bool IsHeadline = false)
{
    /// <summary>The sentence's character range.</summary>
    public TextRange Range => new(Start, End);
}
