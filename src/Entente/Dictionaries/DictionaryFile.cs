namespace Entente.Dictionaries;

/// <summary>A parsed dictionary file: its header and entries.</summary>
/// <param name="Name">File name, as used in messages.</param>
/// <param name="Kind">Header kind: countries, actors, agents, places or collectives.</param>
/// <param name="Version">Header version.</param>
/// <param name="Entries">Entries in file order.</param>
public sealed record DictionaryFile(string Name, string Kind, string Version, IReadOnlyList<DictionaryEntry> Entries);
