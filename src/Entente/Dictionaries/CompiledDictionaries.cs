using System.Collections.Frozen;

namespace Entente.Dictionaries;

/// <summary>All dictionaries compiled for matching: the entries, a token trie over their aliases, and the role resolver. Immutable and thread-safe.</summary>
public sealed class CompiledDictionaries
{
    private readonly Lazy<FrozenDictionary<string, int>> _indexById;
    private readonly FrozenDictionary<string, EntryKind> _partKinds;
    private readonly double?[] _latitudes;
    private readonly double?[] _longitudes;

    internal CompiledDictionaries(
        IReadOnlyList<DictionaryEntry> entries,
        TokenTrie trie,
        Func<FrozenDictionary<string, int>> indexById,
        FrozenDictionary<string, EntryKind> partKinds,
        double?[] latitudes,
        double?[] longitudes)
    {
        Entries = entries;
        Trie = trie;
        // Only tools and tests look entries up by id: the index is built on first use, not at every start-up.
        _indexById = new Lazy<FrozenDictionary<string, int>>(indexById, LazyThreadSafetyMode.ExecutionAndPublication);
        _partKinds = partKinds;
        _latitudes = latitudes;
        _longitudes = longitudes;
        Roles = new RoleResolver(entries, partKinds);
    }

    /// <summary>Assembles compiled dictionaries from cached parts: the id index and part kinds are cheap to rebuild from the entries.</summary>
    internal static CompiledDictionaries FromParts(IReadOnlyList<DictionaryEntry> entries, TokenTrie trie, double?[] latitudes, double?[] longitudes)
    {
        return new CompiledDictionaries(
            entries,
            trie,
            () => IndexById(entries),
            DictionaryCompiler.PartKinds(entries).ToFrozenDictionary(StringComparer.Ordinal),
            latitudes,
            longitudes);
    }

    /// <summary>Entry index by id.</summary>
    internal static FrozenDictionary<string, int> IndexById(IReadOnlyList<DictionaryEntry> entries)
    {
        var index = new Dictionary<string, int>(entries.Count, StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            index.Add(entries[i].Id, i);
        }

        return index.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>All entries; trie values index into this list.</summary>
    public IReadOnlyList<DictionaryEntry> Entries { get; }

    /// <summary>The alias trie.</summary>
    public TokenTrie Trie { get; }

    /// <summary>Resolves dated roles to actor codes.</summary>
    public RoleResolver Roles { get; }

    /// <summary>The index of an entry by id, or -1.</summary>
    public int IndexOf(string id) => _indexById.Value.TryGetValue(id, out var index) ? index : -1;

    /// <summary>An entry by id, or null.</summary>
    public DictionaryEntry? Find(string id) => _indexById.Value.TryGetValue(id, out var index) ? Entries[index] : null;

    /// <summary>What defines a role part: <see cref="EntryKind.Country"/>, <see cref="EntryKind.Region"/> or <see cref="EntryKind.Organisation"/>; null when unknown.</summary>
    public EntryKind? PartKind(string part) => _partKinds.TryGetValue(part, out var kind) ? kind : null;

    /// <summary>Latitude of a place entry, when given.</summary>
    public double? Latitude(int entry) => _latitudes[entry];

    /// <summary>Longitude of a place entry, when given.</summary>
    public double? Longitude(int entry) => _longitudes[entry];
}
