namespace Entente.Dictionaries;

/// <summary>Counts over a dictionary set (the <c>entente dict stats</c> report).</summary>
/// <param name="EntriesByKind">Number of entries of each kind.</param>
/// <param name="PeopleByCountry">People by the part (country or organisation) of their latest role.</param>
/// <param name="OpenRoles">Ids of people whose latest role has a start date and no end date (to review when terms end).</param>
/// <param name="AmbiguousAliases">Aliases (matching keys) that name more than one actor part over time, with the ids.</param>
public sealed record DictionaryStats(
    IReadOnlyDictionary<EntryKind, int> EntriesByKind,
    IReadOnlyDictionary<string, int> PeopleByCountry,
    IReadOnlyList<string> OpenRoles,
    IReadOnlyDictionary<string, IReadOnlyList<string>> AmbiguousAliases)
{
    /// <summary>Total number of entries.</summary>
    public int TotalEntries => EntriesByKind.Values.Sum();

    /// <summary>Computes the statistics of a set.</summary>
    public static DictionaryStats Compute(DictionarySet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var byKind = new SortedDictionary<EntryKind, int>();
        var people = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var open = new List<string>();
        var aliasParts = new Dictionary<string, (HashSet<string> Parts, List<string> Ids)>(StringComparer.Ordinal);
        foreach (var entry in set.Entries)
        {
            byKind[entry.Kind] = byKind.GetValueOrDefault(entry.Kind) + 1;
            if (entry.Kind == EntryKind.Person && entry.Roles.Count > 0)
            {
                var latest = entry.Roles[0];
                foreach (var role in entry.Roles)
                {
                    if ((role.From ?? DateOnly.MinValue) > (latest.From ?? DateOnly.MinValue))
                    {
                        latest = role;
                    }
                }

                people[latest.Part] = people.GetValueOrDefault(latest.Part) + 1;
                if (latest.From is not null && latest.To is null)
                {
                    open.Add(entry.Id);
                }
            }

            if (!DictionaryLinter.IsActorKind(entry.Kind))
            {
                continue;
            }

            foreach (var (alias, _) in DictionaryCompiler.MatchForms(entry))
            {
                var key = TokenNormalizer.AliasKey(alias);
                if (!aliasParts.TryGetValue(key, out var slot))
                {
                    aliasParts[key] = slot = ([], []);
                }

                foreach (var role in entry.Roles)
                {
                    slot.Parts.Add(role.Part);
                }

                if (!slot.Ids.Contains(entry.Id))
                {
                    slot.Ids.Add(entry.Id);
                }
            }
        }

        var ambiguous = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (alias, slot) in aliasParts)
        {
            if (slot.Parts.Count > 1)
            {
                ambiguous[alias] = slot.Ids;
            }
        }

        return new DictionaryStats(byKind, people, open, ambiguous);
    }
}
