namespace Entente.Petrarch;

/// <summary>A discard phrase found in a sentence, at token <see cref="FirstToken"/> (relative to the tokens searched).</summary>
/// <param name="Phrase">The phrase that matched.</param>
/// <param name="FirstToken">Index of its first token among the tokens searched.</param>
public sealed record DiscardMatch(DiscardPhrase Phrase, int FirstToken)
{
    /// <summary>Whether the whole story is to be skipped.</summary>
    public bool StoryLevel => Phrase.StoryLevel;
}
