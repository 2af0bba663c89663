namespace Entente.Dictionaries;

/// <summary>The trie token ids one text token can match: as written in capitals, lowercased, and the same without a possessive ending (-1 = none).</summary>
public readonly record struct TokenKeys(int Capitals, int Lower, int PossessiveCapitals, int PossessiveLower)
{
    /// <summary>A token that matches nothing.</summary>
    public static TokenKeys None { get; } = new(-1, -1, -1, -1);
}
