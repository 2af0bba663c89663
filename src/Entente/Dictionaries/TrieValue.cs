namespace Entente.Dictionaries;

/// <summary>What a complete alias in the trie stands for: an entry (index into <see cref="CompiledDictionaries.Entries"/>) and whether the alias is a plural form.</summary>
public readonly record struct TrieValue(int Entry, bool Plural);
