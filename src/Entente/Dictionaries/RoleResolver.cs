using Entente.Model;

namespace Entente.Dictionaries;

/// <summary>Picks the role (and its <see cref="ActorCode"/>) of an actor entry in force on a date.</summary>
public sealed class RoleResolver
{
    private readonly IReadOnlyList<DictionaryEntry> _entries;
    private readonly ActorCode[][] _codes;
    private readonly IReadOnlyDictionary<string, EntryKind> _partKinds;

    internal RoleResolver(IReadOnlyList<DictionaryEntry> entries, IReadOnlyDictionary<string, EntryKind> partKinds)
    {
        _entries = entries;
        _partKinds = partKinds;
        _codes = new ActorCode[entries.Count][];
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var named = entry.Kind is EntryKind.Person or EntryKind.Organisation ? entry.Name : null;
            var codes = new ActorCode[entry.Roles.Count];
            for (var r = 0; r < codes.Length; r++)
            {
                codes[r] = Code(entry.Roles[r].Part, entry.Roles[r].Sector, named);
            }

            _codes[i] = codes;
        }
    }

    /// <summary>The index of the role of entry <paramref name="entry"/> in force on <paramref name="date"/>, or -1.</summary>
    public int RoleIndexOn(int entry, DateOnly date)
    {
        var roles = _entries[entry].Roles;
        for (var r = 0; r < roles.Count; r++)
        {
            if (roles[r].Covers(date))
            {
                return r;
            }
        }

        return -1;
    }

    /// <summary>The role in force, else the nearest one in time (the first role before all ranges, the last ended one after or between them); -1 when the entry has no roles.</summary>
    public int NearestRoleIndex(int entry, DateOnly date)
    {
        var inForce = RoleIndexOn(entry, date);
        if (inForce >= 0)
        {
            return inForce;
        }

        var roles = _entries[entry].Roles;
        var best = -1;
        var earliest = -1;
        for (var r = 0; r < roles.Count; r++)
        {
            var role = roles[r];
            if (role.To is { } to && to < date && (best < 0 || roles[best].To < to))
            {
                best = r;
            }

            if (earliest < 0 || (role.From ?? DateOnly.MinValue) < (roles[earliest].From ?? DateOnly.MinValue))
            {
                earliest = r;
            }
        }

        return best >= 0 ? best : earliest;
    }

    /// <summary>The role in force on <paramref name="date"/>, or null.</summary>
    public ActorRole? RoleOn(int entry, DateOnly date)
    {
        var r = RoleIndexOn(entry, date);
        return r < 0 ? null : _entries[entry].Roles[r];
    }

    /// <summary>The actor code in force on <paramref name="date"/>; with <paramref name="nearest"/>, the nearest role when none is in force.</summary>
    public ActorCode? CodeOn(int entry, DateOnly date, bool nearest = true)
    {
        var r = nearest ? NearestRoleIndex(entry, date) : RoleIndexOn(entry, date);
        return r < 0 ? null : _codes[entry][r];
    }

    /// <summary>The actor code of a role by index.</summary>
    public ActorCode CodeOf(int entry, int role) => _codes[entry][role];

    /// <summary>Builds the actor code of a part and sector: states get Country, organisations Org, bare regions neither, bodies keyed to a region the region as Org; an organisation's own IGO/NGO sector is not added to its code ("NATO", "UN", "TALIBANREB", "EUR").</summary>
    public ActorCode Code(string part, string? sector, string? name)
    {
        ArgumentNullException.ThrowIfNull(part);
        _partKinds.TryGetValue(part, out var kind);
        return kind switch
        {
            EntryKind.Organisation => new ActorCode(
                sector is null or "IGO" or "NGO" ? part : part + sector, null, part, sector, name),
            // A body keyed to a region ("Council of Europe" EUR.IGO, "the Quad" WST.IGO) scores under the region (EVAL.md §2:
            // otherwise a region code), as an organisation under its own key; a bare region ("the West") is its code.
            EntryKind.Region when sector is not null => new ActorCode(sector is "IGO" or "NGO" ? part : part + sector, null, part, sector, name),
            EntryKind.Region => new ActorCode(part, null, null, null, name),
            _ => new ActorCode(sector is null ? part : part + sector, part, null, sector, name),
        };
    }
}
