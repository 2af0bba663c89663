namespace Entente.Syntax;

/// <summary>What a chunk of a sentence is.</summary>
public enum ChunkKind : byte
{
    /// <summary>A noun group: determiners, numbers, adjectives and nouns ending in a head noun or name ("the two armies").</summary>
    NounGroup,
    /// <summary>A verb group: modals, auxiliaries, negation and adverbs ending in the main verb ("did not attend").</summary>
    VerbGroup,
    /// <summary>A preposition or "to" before a noun group.</summary>
    Preposition,
    /// <summary>A word that opens or joins clauses (conjunction, subordinator, relative word).</summary>
    Clause,
    /// <summary>Punctuation and anything else.</summary>
    Other,
}
