using System.Collections.Frozen;
using System.Globalization;

namespace Entente.Dictionaries;

/// <summary>Compiles parsed dictionaries into <see cref="CompiledDictionaries"/>: checks ids and role parts, builds the token trie with generated plurals.</summary>
public static class DictionaryCompiler
{
    /// <summary>Compiles a set; throws <see cref="DictionaryException"/> on a duplicate id or an unknown role part.</summary>
    public static CompiledDictionaries Compile(DictionarySet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var entries = new List<DictionaryEntry>();
        var indexById = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in set.Files)
        {
            foreach (var entry in file.Entries)
            {
                if (indexById.TryGetValue(entry.Id, out var first))
                {
                    throw new DictionaryException(entry.File, entry.Line, "duplicate id '" + entry.Id + "' (first at " + entries[first].Location + ")");
                }

                indexById.Add(entry.Id, entries.Count);
                entries.Add(entry);
            }
        }

        var partKinds = PartKinds(entries);
        foreach (var entry in entries)
        {
            foreach (var role in entry.Roles)
            {
                if (!partKinds.ContainsKey(role.Part))
                {
                    throw new DictionaryException(entry.File, entry.Line, "unknown country or organisation '" + role.Part + "'");
                }
            }
        }

        var builder = new TokenTrieBuilder();
        var latitudes = new double?[entries.Count];
        var longitudes = new double?[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            AddAliases(builder, i, entry);
            if (entry.Kind == EntryKind.Place)
            {
                latitudes[i] = Number(entry.Attribute("lat"));
                longitudes[i] = Number(entry.Attribute("lon"));
            }
        }

        return new CompiledDictionaries(
            entries,
            builder.Build(),
            () => indexById.ToFrozenDictionary(StringComparer.Ordinal),
            partKinds.ToFrozenDictionary(StringComparer.Ordinal),
            latitudes,
            longitudes);
    }

    /// <summary>Which parts are defined, and by what: the first role of each <c>country:</c>, <c>region:</c> and <c>org:</c> entry (an organisation whose part is a state, such as a party, defines nothing).</summary>
    internal static Dictionary<string, EntryKind> PartKinds(IEnumerable<DictionaryEntry> entries)
    {
        var kinds = new Dictionary<string, EntryKind>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.Kind is EntryKind.Country or EntryKind.Region && entry.Roles.Count > 0)
            {
                kinds[entry.Roles[0].Part] = entry.Kind;
            }
        }

        foreach (var entry in entries)
        {
            if (entry.Kind == EntryKind.Organisation && entry.Roles.Count > 0)
            {
                kinds.TryAdd(entry.Roles[0].Part, EntryKind.Organisation);
            }
        }

        return kinds;
    }

    /// <summary>The aliases an entry is matched by, with a plural flag: its own aliases, its <c>plural=</c> forms, and generated plurals for agents.</summary>
    public static IEnumerable<(string Alias, bool Plural)> MatchForms(DictionaryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var plurals = entry.Plurals;
        foreach (var alias in entry.Aliases)
        {
            yield return (alias, Contains(plurals, alias));
        }

        foreach (var plural in plurals)
        {
            yield return (plural, true);
        }

        if (entry.Kind == EntryKind.Agent && entry.Attribute("plural") is null)
        {
            foreach (var alias in entry.Aliases)
            {
                if (Inflector.PluralOf(alias) is { } generated)
                {
                    yield return (generated, true);
                }
            }
        }
    }

    private static void AddAliases(TokenTrieBuilder builder, int index, DictionaryEntry entry)
    {
        foreach (var (alias, plural) in MatchForms(entry))
        {
            var tokens = TokenNormalizer.SplitAlias(alias);
            for (var t = 0; t < tokens.Length; t++)
            {
                tokens[t] = TokenNormalizer.NormalizeAliasToken(tokens[t]);
            }

            builder.Add(tokens, new TrieValue(index, plural));
        }
    }

    private static bool Contains(IReadOnlyList<string> list, string value)
    {
        foreach (var item in list)
        {
            if (string.Equals(item, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static double? Number(string? text) =>
        text is not null && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
