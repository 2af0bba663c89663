using System.Collections.Frozen;
using Entente.Dictionaries;

namespace Entente.Server;

/// <summary>Display names of actor keys (countries, regions, organisations) from the loaded dictionaries; immutable.</summary>
internal sealed class ActorNames
{
    private readonly FrozenDictionary<string, string> _names;

    private ActorNames(FrozenDictionary<string, string> names, IReadOnlyList<KeyValuePair<string, string>> all)
    {
        _names = names;
        All = all;
    }

    /// <summary>Every key with its name, sorted by key.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> All { get; }

    /// <summary>Builds the map from the dictionary entries that name a whole actor (not agents, people or places).</summary>
    public static ActorNames From(CompiledDictionaries dictionaries)
    {
        ArgumentNullException.ThrowIfNull(dictionaries);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in dictionaries.Entries)
        {
            if (entry.Kind is not (EntryKind.Country or EntryKind.Region or EntryKind.Organisation) || entry.Roles.Count == 0)
            {
                continue;
            }

            // The first entry of a key wins: dictionaries list the canonical entry first.
            names.TryAdd(entry.Roles[0].Part, entry.Name);
        }

        var all = names.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToArray();
        return new ActorNames(names.ToFrozenDictionary(StringComparer.Ordinal), all);
    }

    /// <summary>The name of <paramref name="key"/>, or null when the dictionaries do not name it.</summary>
    public string? Of(string key) => _names.TryGetValue(key, out var name) ? name : null;
}
